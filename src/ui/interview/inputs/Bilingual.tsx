import type { TFunction } from 'i18next';
import { dirOf } from '../../../i18n/languages';
import { IntervieweeLine } from '../interviewee';

/** A label in both languages, each marked with its own language and direction. */
export function Bilingual({ k, operator, tOp }: { k: string; operator: string; tOp: TFunction }) {
  return (
    <>
      <span lang={operator} dir={dirOf(operator)}>
        {tOp(k)}
      </span>
      <IntervieweeLine k={k} />
    </>
  );
}
