import { useEffect } from 'react';
import { scriptOf } from './languages';
import './fonts.css';

/**
 * Self-hosted Noto fonts for scripts that tablets often lack. Each script's CSS (only its own
 * subset, regular and bold) is a separate chunk whose font files Vite emits under /assets/, so
 * nothing is fetched until a text in that script is shown, and the service worker can cache it.
 */
const FONT_LOADERS: Readonly<Record<string, () => Promise<unknown>>> = {
  Arab: () => Promise.all([import('@fontsource/noto-sans-arabic/arabic-400.css'), import('@fontsource/noto-sans-arabic/arabic-700.css')]),
  Ethi: () => Promise.all([import('@fontsource/noto-sans-ethiopic/ethiopic-400.css'), import('@fontsource/noto-sans-ethiopic/ethiopic-700.css')]),
  Beng: () => Promise.all([import('@fontsource/noto-sans-bengali/bengali-400.css'), import('@fontsource/noto-sans-bengali/bengali-700.css')]),
  Guru: () => Promise.all([import('@fontsource/noto-sans-gurmukhi/gurmukhi-400.css'), import('@fontsource/noto-sans-gurmukhi/gurmukhi-700.css')]),
};

const requested = new Map<string, Promise<unknown>>();

/** Scripts that need a bundled font; Latin and Cyrillic use the system font. */
export const SCRIPTS_WITH_FONTS = Object.keys(FONT_LOADERS);

/** Starts loading the font of a language's script (once); resolves when its CSS is in place. */
export function ensureFontFor(language: string): Promise<unknown> {
  const script = scriptOf(language);
  const load = script ? FONT_LOADERS[script] : undefined;
  if (!script || !load) return Promise.resolve();
  let pending = requested.get(script);
  if (!pending) {
    // A failed load (offline before first use) is retried next time; text falls back to system fonts.
    pending = load().catch(() => requested.delete(script));
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
