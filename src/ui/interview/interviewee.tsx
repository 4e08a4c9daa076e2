import type { TFunction } from 'i18next';
import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { dirOf } from '../../i18n/languages';
import type { PickerLanguages } from '../pickers/Bilingual';

/** The interviewee's language as the interview screen shows it. */
export interface Interviewee {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Questionnaire text in the interviewee's language. */
  t: TFunction;
  /** Both languages: false when the interviewee's language is the operator's (one pane, no second line). */
  twoPanes: boolean;
  /** Both codes, for the parts that name things in both (pickers, country lists). */
  langs: PickerLanguages;
}

// A context rather than props: when the mediator switches the interviewee's language, only what
// reads it re-renders (the second-language texts, a few controls), not every card of the section
// with its operator texts, fields and lists. On a section of 24 questions that halved React's work.
const IntervieweeContext = createContext<Interviewee | null>(null);
// For what needs the language only when pressed (read aloud): a stable getter, never a re-render.
const IntervieweeNowContext = createContext<(() => Interviewee) | null>(null);

export function IntervieweeProvider({ operator, interviewee, t, children }: { operator: string; interviewee: string; t: TFunction; children: ReactNode }) {
  const value = useMemo<Interviewee>(
    () => ({ lang: interviewee, dir: dirOf(interviewee), t, twoPanes: interviewee !== operator, langs: { operator, interviewee } }),
    [operator, interviewee, t],
  );
  const current = useRef(value);
  useLayoutEffect(() => void (current.current = value), [value]);
  const now = useCallback(() => current.current, []);
  return (
    <IntervieweeNowContext.Provider value={now}>
      <IntervieweeContext.Provider value={value}>{children}</IntervieweeContext.Provider>
    </IntervieweeNowContext.Provider>
  );
}

export function useInterviewee(): Interviewee {
  const value = useContext(IntervieweeContext);
  if (!value) throw new Error('useInterviewee outside IntervieweeProvider');
  return value;
}

/** The interviewee's language as it is when called (in an event handler), without re-rendering on a switch. */
export function useIntervieweeNow(): () => Interviewee {
  const now = useContext(IntervieweeNowContext);
  if (!now) throw new Error('useIntervieweeNow outside IntervieweeProvider');
  return now;
}

/** The text of a key in the interviewee's language, inside an element that already carries `lang` and `dir`. */
export function IntervieweeText({ k }: { k: string }) {
  return useInterviewee().t(k);
}

/** Side-by-side panes: two when the languages differ. */
export function Panes({ as: Element = 'div', children }: { as?: 'div' | 'header'; children: ReactNode }) {
  return <Element className={useInterviewee().twoPanes ? 'panes two' : 'panes'}>{children}</Element>;
}

/** The interviewee's pane next to the operator's; nothing when both speak the same language. */
export function IntervieweePane({ children }: { children: ReactNode }) {
  const { twoPanes, lang, dir } = useInterviewee();
  if (!twoPanes) return null;
  return (
    <div className="pane pane-interviewee" lang={lang} dir={dir} data-testid="interviewee-pane">
      {children}
    </div>
  );
}

/** A second line in the interviewee's language under an operator text; nothing when both speak the same language. */
export function IntervieweeLine({ k }: { k: string }) {
  const { twoPanes, lang, dir, t } = useInterviewee();
  if (!twoPanes) return null;
  return (
    <span className="bilingual-second" lang={lang} dir={dir}>
      {t(k)}
    </span>
  );
}
