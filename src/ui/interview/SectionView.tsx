import type { TFunction } from 'i18next';
import { memo, useDeferredValue, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import type { InterviewSession, SessionView } from '../../app/session/interviewSession';
import { dirOf } from '../../i18n/languages';
import { visibleEntries } from '../../questionnaire/engine';
import type { QuestionnaireConfig, Section } from '../../questionnaire/types';
import { Pictogram } from '../common/Pictogram';
import { GroupCard } from './GroupCard';
import { IntervieweePane, IntervieweeText, Panes } from './interviewee';
import { QuestionCard } from './QuestionCard';

interface Props {
  section: Section;
  next: Section | undefined;
  previous: Section | undefined;
  session: InterviewSession;
  snapshot: SessionView;
  config: QuestionnaireConfig;
  operator: string;
  tOp: TFunction;
  showPrompts: boolean;
}

/** Cards drawn in the first render of a section; enough to fill a tablet screen. */
const FIRST_CARDS = 4;

export function SectionView({ section, next, previous, session, snapshot, config, operator, tOp, showPrompts }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const interviewId = snapshot.interview.id;
  // Focus moves to the section that was opened, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), [section.id]);
  const disabled = snapshot.interview.status !== 'draft';
  const entries = visibleEntries(section, config, snapshot.values);
  // A section opens with its first cards at once and the rest in a follow-up render React may
  // interrupt: the first field is usable sooner on a slow tablet (a reload lands here after unlock).
  const shown = useDeferredValue(entries.length, Math.min(entries.length, FIRST_CARDS));
  return (
    <section className="section" aria-labelledby="section-title">
      <SectionHeader section={section} operator={operator} tOp={tOp} heading={heading} />
      {disabled && <ReadOnlyNotice />}
      {entries.slice(0, shown).map((entry) =>
        entry.kind === 'group' ? (
          <GroupCard key={entry.id} group={entry} session={session} operator={operator} tOp={tOp} showPrompts={showPrompts} disabled={disabled} />
        ) : (
          <QuestionCard
            key={entry.id}
            domId={`q-${entry.id.replace(/\./g, '-')}`}
            question={entry}
            path={entry.id}
            session={session}
            operator={operator}
            tOp={tOp}
            showPrompts={showPrompts}
            disabled={disabled}
          />
        ),
      )}
      <SectionFooter interviewId={interviewId} previous={previous} next={next} tOp={tOp} />
    </section>
  );
}

// The section redraws on every keystroke; what needs `useTranslation` (costly per render) lives in memoised parts.
const ReadOnlyNotice = memo(function ReadOnlyNotice() {
  const { t } = useTranslation('app');
  return <p className="notice">{t('interview:screen.finishedReadOnly')}</p>;
});

/** The section's title and introduction in both languages; memoised, as typing redraws the section. */
const SectionHeader = memo(function SectionHeader({ section, operator, tOp, heading }: { section: Section; operator: string; tOp: TFunction; heading: RefObject<HTMLHeadingElement | null> }) {
  return (
    <Panes as="header">
      <div className="pane" lang={operator} dir={dirOf(operator)}>
        <h2 id="section-title" tabIndex={-1} ref={heading}>
          <Pictogram id={section.pictogram} size={32} /> {tOp(section.titleKey)}
        </h2>
        <p className="intro">{tOp(section.introKey)}</p>
      </div>
      <IntervieweePane>
        <p className="section-title-second">
          <IntervieweeText k={section.titleKey} />
        </p>
        <p className="intro">
          <IntervieweeText k={section.introKey} />
        </p>
      </IntervieweePane>
    </Panes>
  );
});

const SectionFooter = memo(function SectionFooter({ interviewId, previous, next, tOp }: { interviewId: string; previous: Section | undefined; next: Section | undefined; tOp: TFunction }) {
  const { t } = useTranslation('app');
  return (
    <div className="section-footer">
      {previous && (
        <a className="button secondary" href={hrefFor({ name: 'interview', id: interviewId, sectionId: previous.id })}>
          {t('interview:screen.previous', { section: tOp(previous.titleKey) })}
        </a>
      )}
      <a className="button" href={next ? hrefFor({ name: 'interview', id: interviewId, sectionId: next.id }) : hrefFor({ name: 'finish', id: interviewId })}>
        {next ? t('interview:screen.next', { section: tOp(next.titleKey) }) : t('interview:finish.title')}
      </a>
    </div>
  );
});
