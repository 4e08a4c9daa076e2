import { dirOf } from '../../../i18n/languages';
import type { Langs } from './types';

/** A label in both languages, each marked with its own language and direction. */
export function Bilingual({ op, int, langs }: { op: string; int: string; langs: Langs }) {
  return (
    <>
      <span lang={langs.operator} dir={dirOf(langs.operator)}>
        {op}
      </span>
      {langs.interviewee !== langs.operator && (
        <span className="bilingual-second" lang={langs.interviewee} dir={dirOf(langs.interviewee)}>
          {int}
        </span>
      )}
    </>
  );
}
