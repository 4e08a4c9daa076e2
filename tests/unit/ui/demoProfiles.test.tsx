import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PROFILES } from '../../../src/ui/list/demoProfiles';
import { renderApp } from './renderApp';

afterEach(() => cleanup());

describe('example profiles on the list screen', () => {
  it.each(DEMO_PROFILES.map((d) => [d.name, d] as const))('%s is named by the language its interview is in', (_, demo) => {
    const doc = JSON.parse(readFileSync(join(__dirname, '../../../examples/profiles', `${demo.name}.json`), 'utf8')) as { interview: { intervieweeLanguage: string } };
    expect(demo.language).toBe(doc.interview.intervieweeLanguage);
  });

  it('offers each example by its language, in the operator language, and loads the one chosen', async () => {
    const user = userEvent.setup();
    await renderApp('it', '#/');
    const tools = (await screen.findByRole('heading', { name: 'Importa' })).closest('section')!;
    const names = within(tools)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(["Carica l'esempio: arabo", "Carica l'esempio: tigrino", "Carica l'esempio: ucraino"]);
    await user.click(within(tools).getByRole('button', { name: "Carica l'esempio: tigrino" }));
    expect(await within(tools).findByRole('status')).toHaveTextContent(/^Importato: /);
  });
});
