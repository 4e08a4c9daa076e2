import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { latestChoice } from '../../app/latestChoice';
import { interviewKeys } from '../../app/queries';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/ServicesContext';
import type { MetaPatch } from '../../app/session/interviewSession';
import { useInterviewSession } from '../../app/useInterviewSession';
import { useLanguageLoader } from '../../app/useLanguages';
import { sectionProgress, visibleSections } from '../../questionnaire/engine';
import { SPT_QUESTIONNAIRE } from '../../questionnaire/questionnaire';
import { cachedFixedT } from '../../i18n/cachedT';
import { ensureFontFor, useScriptFonts } from '../../i18n/fonts';
import { FinishView } from './FinishView';
import { IntervieweeProvider } from './interviewee';
import { followScroll, keepPlace } from './keepPlace';
import { LanguageBar } from './LanguageBar';
import { SaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import { SectionView } from './SectionView';
import { currentVoices } from './speech';

export function InterviewScreen({ id, sectionId, finish }: { id: string; sectionId?: string; finish?: boolean }) {
  const { t, i18n } = useTranslation('app');
  const { store, config } = useServices();
  const queryClient = useQueryClient();
  const { state, snapshot } = useInterviewSession(id);
  const { load, isSettled } = useLanguageLoader();
  const [showPrompts, setShowPrompts] = useState(true);
  const sections = useMemo(() => visibleSections(SPT_QUESTIONNAIRE, config), [config]);
  const session = state.status === 'ready' ? state.session : undefined;
  const openedSection = finish ? undefined : (sectionId ?? snapshot?.interview.lastSectionId);
  useEffect(() => {
    // Remember the position so that resuming days later lands in the same section.
    if (session && openedSection && openedSection !== session.getSnapshot().interview.lastSectionId) {
      store.updateMeta(id, { lastSectionId: openedSection }).then((i) => session.replaceInterview(i), () => undefined);
    }
  }, [session, openedSection, store, id]);
  // Browsers load their voices asynchronously: ask early so that the first "read aloud" finds them.
  useEffect(() => void currentVoices(), []);
  useEffect(followScroll, []);
  const intervieweeLanguage = snapshot?.interview.intervieweeLanguage;
  useEffect(() => {
    if (intervieweeLanguage) void load(intervieweeLanguage);
  }, [intervieweeLanguage, load]);
  useScriptFonts([i18n.language, intervieweeLanguage ?? '', ...(snapshot?.answerLanguages ?? [])]);
  // Stable between keystrokes, so that only the question being answered re-renders (QuestionCard is memoised).
  const operatorLanguage = i18n.language;
  const langs = useMemo(() => ({ operator: operatorLanguage, interviewee: intervieweeLanguage ?? operatorLanguage }), [operatorLanguage, intervieweeLanguage]);
  const tOp = useMemo(() => cachedFixedT(i18n, langs.operator), [i18n, langs.operator]);
  const tInt = useMemo(() => cachedFixedT(i18n, langs.interviewee), [i18n, langs.interviewee]);
  const values = snapshot?.values;
  // One sequence per select: a language still loading must not replace one chosen after it.
  const choices = useRef({ operatorLanguage: latestChoice(), intervieweeLanguage: latestChoice() });
  const changeMeta = useCallback(
    async (patch: MetaPatch) => {
      if (!session) return;
      const field = patch.operatorLanguage ? 'operatorLanguage' : 'intervieweeLanguage';
      const stillLatest = choices.current[field]();
      let stored: Promise<void> = Promise.resolve();
      await keepPlace(async () => {
        const lang = patch.intervieweeLanguage ?? patch.operatorLanguage;
        if (lang) await Promise.all([load(lang), ensureFontFor(lang)]);
        if (!stillLatest()) return;
        if (patch.operatorLanguage) await i18n.changeLanguage(patch.operatorLanguage);
        // The screen switches now; storing the change follows the pending answers.
        stored = session.updateMeta(patch);
      });
      // A refused write is already shown by the save status.
      await stored.then(() => queryClient.invalidateQueries({ queryKey: interviewKeys.all }), () => undefined);
    },
    [session, load, i18n, queryClient],
  );
  const onOperator = useCallback((code: string) => void changeMeta({ operatorLanguage: code }), [changeMeta]);
  const onInterviewee = useCallback((code: string) => void changeMeta({ intervieweeLanguage: code }), [changeMeta]);
  const onTogglePrompts = useCallback(() => setShowPrompts((v) => !v), []);
  const progress = useMemo(() => new Map(values ? sections.map((s) => [s.id, sectionProgress(s, config, values)]) : []), [sections, config, values]);

  if (state.status === 'error') {
    return (
      <main id="main" className="screen">
        <p role="alert" className="error">
          {t(state.error.code, state.error.params)}
        </p>
        <a href={hrefFor({ name: 'list' })} className="link-target">
          {t('interview.backToList')}
        </a>
      </main>
    );
  }
  if (state.status === 'loading' || !snapshot || !session || !isSettled(snapshot.interview.intervieweeLanguage)) {
    return (
      <main id="main" className="screen" aria-busy="true">
        <p className="loading-later">{t('common.loading')}</p>
      </main>
    );
  }
  const { interview } = snapshot;
  const current = finish ? undefined : (sections.find((s) => s.id === openedSection) ?? sections[0]);
  const index = current ? sections.indexOf(current) : -1;

  return (
    <div className="interview-layout">
      <header className="app-header">
        <a href={hrefFor({ name: 'list' })} className="back link-target">
          {t('interview.backToList')}
        </a>
        <h1 className="any-script">{interview.displayName ?? t('list.unnamed')}</h1>
        <SaveStatus session={session} />
        <LanguageBar
          operator={langs.operator}
          interviewee={langs.interviewee}
          onOperator={onOperator}
          onInterviewee={onInterviewee}
          showPrompts={showPrompts}
          onTogglePrompts={onTogglePrompts}
        />
      </header>
      <SectionNav interviewId={interview.id} sections={sections} progress={progress} currentId={current?.id} />
      <main id="main" className="screen">
        {current ? (
          <IntervieweeProvider operator={langs.operator} interviewee={langs.interviewee} t={tInt}>
            <SectionView
              key={current.id}
              section={current}
              previous={sections[index - 1]}
              next={sections[index + 1]}
              session={session}
              snapshot={snapshot}
              config={config}
              operator={langs.operator}
              tOp={tOp}
              showPrompts={showPrompts}
            />
          </IntervieweeProvider>
        ) : (
          <FinishView session={session} snapshot={snapshot} />
        )}
      </main>
    </div>
  );
}
