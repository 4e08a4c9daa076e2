import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadingText, withLoadingShell } from '../../../scripts/lib/loadingShell';

describe('the loading screen in index.html', () => {
  it("shows the default operator language's loading text, busy, where React will render", () => {
    const html = withLoadingShell(readFileSync('index.html', 'utf8'), loadingText('it', 'locales'));
    expect(html).toContain('<div id="root"><main id="main" class="screen" aria-busy="true"><p>Caricamento…</p></main></div>');
  });

  it('escapes the text and refuses a page without the root', () => {
    expect(withLoadingShell('<div id="root"></div>', 'A <b> & "c"')).toContain('<p>A &lt;b&gt; &amp; &quot;c&quot;</p>');
    expect(() => withLoadingShell('<body></body>', 'x')).toThrow(/no <div id="root"><\/div>/);
  });
});
