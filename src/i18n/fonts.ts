import { useEffect } from 'react';
import { scriptOf } from './languages';
import './fonts.css';

/**
 * Self-hosted Noto fonts for scripts that tablets often lack, declared in fonts.css with each
 * script's range: the browser fetches a font file (from /assets/, kept by the service worker) only
 * when a text in that script is drawn. Declared there rather than added when first needed: a style
 * sheet added while the app runs recomputes the page's styles, ~15 ms at 4x on the way from the PIN
 * to an Arabic interview.
 */
const FONTS: Readonly<Record<string, { family: string; sample: string }>> = {
  Arab: { family: 'Noto Sans Arabic', sample: 'ا' },
  Ethi: { family: 'Noto Sans Ethiopic', sample: 'ሀ' },
  Beng: { family: 'Noto Sans Bengali', sample: 'অ' },
  Guru: { family: 'Noto Sans Gurmukhi', sample: 'ਅ' },
};

const requested = new Map<string, Promise<unknown>>();

/** Scripts that need a bundled font; Latin and Cyrillic use the system font. */
export const SCRIPTS_WITH_FONTS = Object.keys(FONTS);

/** Starts loading the font of a language's script (once, both weights); resolves when it is ready to draw. */
export function ensureFontFor(language: string): Promise<unknown> {
  const script = scriptOf(language);
  const font = script ? FONTS[script] : undefined;
  if (!script || !font || typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  let pending = requested.get(script);
  if (!pending) {
    const load = (weight: number) => document.fonts.load(`${weight} 1em "${font.family}"`, font.sample);
    // A failed load (offline before first use) is retried next time; text falls back to system fonts.
    pending = Promise.all([load(400), load(700)]).catch(() => requested.delete(script));
    requested.set(script, pending);
  }
  return pending;
}

/** True once the font of that script has been requested in this page. */
export const fontRequested = (script: string) => requested.has(script);

export function useScriptFonts(languages: readonly string[]): void {
  const key = languages.join(' ');
  useEffect(() => {
    for (const l of key.split(' ')) if (l) void ensureFontFor(l);
  }, [key]);
}
