import { Suspense, use, useEffect, useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetFailedLanguageLoads, languageLoading, loadDeferredLanguages, START_NAMESPACES } from '../i18n';
import { dirOf } from '../i18n/languages';
import { ScreenLoadBoundary } from '../ui/common/ScreenLoadBoundary';
import { PwaNotices } from '../ui/pwa/PwaNotices';
import { SecurityGate } from '../ui/security/SecurityGate';
import { useSecurityState } from '../ui/security/useSecurity';
import { preloadable, retryFailedRoutes } from './preloadable';
import { parseRoute, useRoute } from './route';
import { whenIdle } from './whenIdle';

// Code-split by route: the lock screen (the first screen) waits for none of them, and the list
// (the first screen after unlocking) must not wait for the interview screen, its questionnaire
// UI and pickers, or the settings and diagnostics screens (docs/performance.md). The service
// worker precaches these chunks, so they open offline too.
const loadListScreen = () => import('../ui/list/InterviewListScreen');
const loadInterviewScreen = () => import('../ui/interview/InterviewScreen');
const InterviewListScreen = preloadable(loadListScreen, (m) => m.InterviewListScreen);
const InterviewScreen = preloadable(loadInterviewScreen, (m) => m.InterviewScreen);
const DiagnosticsScreen = preloadable(() => import('../ui/pwa/DiagnosticsScreen'), (m) => m.DiagnosticsScreen);
const SyncSettingsScreen = preloadable(() => import('../ui/sync/SyncSettingsScreen'), (m) => m.SyncSettingsScreen);

/**
 * Opening an interview should not wait for its chunk or its texts: fetch them once the list is
 * shown and the page is idle, never before the list, whose first load they would slow down.
 * The English fallback comes along then (see loadDeferredLanguages). Once per page, and not
 * cancelled when the operator leaves the list at once: until the service worker has stored the
 * app, this is what lets an interview open after the network goes away.
 */
let interviewPrefetchScheduled = false;
function PrefetchInterviewScreen() {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (interviewPrefetchScheduled) return;
    interviewPrefetchScheduled = true;
    whenIdle(() => {
      void InterviewScreen.preload().catch(() => undefined);
      void loadDeferredLanguages(i18n);
    });
  }, [i18n]);
  return null;
}

// The operator-language texts each screen waits for. languageLoading keeps one promise per language
// and list, and React's `use` needs that same promise: the lock screen's preload asks for the same list.
const INTERVIEW_TEXTS = [...START_NAMESPACES, 'interview', 'taxonomy', 'pdf'];
const DIAGNOSTICS_TEXTS = [...START_NAMESPACES, 'diagnostics'];

/** A screen other than the list renders once its texts are in (under the route's Suspense). */
function useScreenTexts(namespaces: readonly string[]) {
  const { i18n } = useTranslation();
  const loading = languageLoading(i18n, i18n.language, namespaces);
  if (loading) use(loading);
  useEffect(() => whenIdle(() => void loadDeferredLanguages(i18n)), [i18n]);
}

function InterviewRoute(props: ComponentProps<typeof InterviewScreen>) {
  void InterviewScreen.preload().catch(() => undefined);
  useScreenTexts(INTERVIEW_TEXTS);
  return <InterviewScreen {...props} />;
}

function DiagnosticsRoute() {
  void DiagnosticsScreen.preload().catch(() => undefined);
  useScreenTexts(DIAGNOSTICS_TEXTS);
  return <DiagnosticsScreen />;
}

/**
 * The screen the app opens on, with its texts, is fetched while the lock screen shows, once that
 * screen is painted: the first paint waits for no byte of it (on a slow network it would share
 * the bandwidth with the lock screen's own files), and a PIN takes longer to type than it takes.
 * On a first visit the account form shows instead, and the screen is fetched once the operator
 * starts typing: the form takes a while to fill in, and until then the first screen has the
 * bandwidth and the main thread to itself.
 */
function PreloadStartScreen({ opensInterview }: { opensInterview: boolean }) {
  const { i18n } = useTranslation();
  const [start] = useState(() => parseRoute(window.location.hash).name);
  const gate = useSecurityState().kind;
  useEffect(() => {
    if (gate === 'loading') return;
    const preload = () => {
      if (start === 'list') void InterviewListScreen.preload().catch(() => undefined);
      else if (start === 'interview' || start === 'finish') void InterviewScreen.preload().catch(() => undefined);
      if (opensInterview) void languageLoading(i18n, i18n.language, INTERVIEW_TEXTS);
    };
    if (gate !== 'firstRun') {
      preload();
      return;
    }
    document.addEventListener('input', preload, { once: true });
    return () => document.removeEventListener('input', preload);
  }, [start, gate, opensInterview, i18n, i18n.language]);
  return null;
}

export function App() {
  const route = useRoute();
  const { t, i18n } = useTranslation('app');
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = dirOf(i18n.language);
    document.title = t('app.title');
  }, [i18n.language, t]);
  const retry = () => {
    retryFailedRoutes();
    forgetFailedLanguageLoads(i18n);
  };
  const loading = (
    <main id="main" className="screen" aria-busy="true">
      <p className="loading-later">{t('common.loading')}</p>
    </main>
  );
  return (
    <>
      <a className="skip-link link-target" href="#main">
        {t('common.skipToContent')}
      </a>
      <SecurityGate>
        <PwaNotices route={route} />
        <ScreenLoadBoundary resetKey={JSON.stringify(route)} offerList={route.name !== 'list'} onRetry={retry}>
          <Suspense fallback={loading}>
            {route.name === 'list' ? (
              <>
                <InterviewListScreen />
                <PrefetchInterviewScreen />
              </>
            ) : route.name === 'diagnostics' ? (
              <DiagnosticsRoute />
            ) : route.name === 'settings' ? (
              <SyncSettingsScreen />
            ) : (
              <InterviewRoute key={route.id} id={route.id} sectionId={route.name === 'interview' ? route.sectionId : undefined} finish={route.name === 'finish'} />
            )}
          </Suspense>
        </ScreenLoadBoundary>
      </SecurityGate>
      {/* A component of its own: it follows the security state, and App need not redraw with it. */}
      <PreloadStartScreen opensInterview={route.name === 'interview' || route.name === 'finish'} />
    </>
  );
}
