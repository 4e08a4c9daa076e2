import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { interviewKeys } from '../../app/queries';
import { hrefFor } from '../../app/route';
import { useServices } from '../../app/ServicesContext';
import { useInterviewSession } from '../../app/useInterviewSession';
import { useLanguageLoader } from '../../app/useLanguages';
import { sectionProgress, visibleSections } from '../../questionnaire/engine';
import { SPT_QUESTIONNAIRE } from '../../questionnaire/questionnaire';
import { ensureFontFor, useScriptFonts } from '../../i18n/fonts';
import { FinishView } from './FinishView';
import { keepPlace } from './keepPlace';
import { LanguageBar } from './LanguageBar';
import { SaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import { SectionView } from './SectionView';

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
  const intervieweeLanguage = snapshot?.interview.intervieweeLanguage;
  useEffect(() => {
    if (intervieweeLanguage) void load(intervieweeLanguage);
  }, [intervieweeLanguage, load]);
  useScriptFonts([i18n.language, intervieweeLanguage ?? '', ...new Set([...(snapshot?.answers.values() ?? [])].map((a) => a.language))]);

  if (state.status === 'error') {
    return (
      <main id="main" className="screen">
        <p role="alert" className="error">
          {t(state.error.code, state.error.params)}
        </p>
        <a href={hrefFor({ name: 'list' })}>{t('interview.backToList')}</a>
      </main>
    );
  }
  if (state.status === 'loading' || !snapshot || !session || !isSettled(snapshot.interview.intervieweeLanguage)) {
    return (
      <main id="main" className="screen" aria-busy="true">
        <p>{t('common.loading')}</p>
      </main>
    );
  }
  const { interview } = snapshot;
  const langs = { operator: i18n.language, interviewee: interview.intervieweeLanguage };
  const tOp = i18n.getFixedT(langs.operator);
  const tInt = i18n.getFixedT(langs.interviewee);
  const current = finish ? undefined : (sections.find((s) => s.id === openedSection) ?? sections[0]);
  const index = current ? sections.indexOf(current) : -1;
  const progress = new Map(sections.map((s) => [s.id, sectionProgress(s, config, snapshot.values)]));

  const changeMeta = (patch: { operatorLanguage?: string; intervieweeLanguage?: string }) =>
    keepPlace(async () => {
      const lang = patch.intervieweeLanguage ?? patch.operatorLanguage;
      if (lang) await Promise.all([load(lang), ensureFontFor(lang)]);
      if (patch.operatorLanguage) await i18n.changeLanguage(patch.operatorLanguage);
      await session.flush().catch(() => undefined);
      session.replaceInterview(await store.updateMeta(interview.id, patch));
      await queryClient.invalidateQueries({ queryKey: interviewKeys.all });
    });

  return (
    <div className="interview-layout">
      <header className="app-header">
        <a href={hrefFor({ name: 'list' })} className="back">
          {t('interview.backToList')}
        </a>
        <h1>{interview.displayName ?? t('list.unnamed')}</h1>
        <SaveStatus state={snapshot.save} />
        <LanguageBar
          operator={langs.operator}
          interviewee={langs.interviewee}
          onOperator={(code) => void changeMeta({ operatorLanguage: code })}
          onInterviewee={(code) => void changeMeta({ intervieweeLanguage: code })}
          showPrompts={showPrompts}
          onTogglePrompts={() => setShowPrompts((v) => !v)}
        />
      </header>
      <SectionNav interviewId={interview.id} sections={sections} progress={progress} currentId={current?.id} />
      <main id="main" className="screen">
        {current ? (
          <SectionView
            key={current.id}
            section={current}
            previous={sections[index - 1]}
            next={sections[index + 1]}
            session={session}
            snapshot={snapshot}
            config={config}
            langs={langs}
            tOp={tOp}
            tInt={tInt}
            showPrompts={showPrompts}
          />
        ) : (
          <FinishView session={session} snapshot={snapshot} />
        )}
      </main>
    </div>
  );
}
