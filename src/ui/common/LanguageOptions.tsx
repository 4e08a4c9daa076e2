import { ensureFontFor, useScriptFonts } from '../../i18n/fonts';
import type { LanguageInfo } from '../../i18n/languages';

/** Options of a language select, each named in its own language and script (never translated). */
export function LanguageOptions({ languages }: { languages: readonly LanguageInfo[] }) {
  return languages.map((l) => (
    <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
      {l.nativeName}
    </option>
  ));
}

/** Fonts for the selected language now, for all the others once the list is about to open. */
export function useLanguageSelectFonts(selected: string, languages: readonly LanguageInfo[]) {
  useScriptFonts([selected]);
  return () => {
    for (const l of languages) void ensureFontFor(l.code);
  };
}
