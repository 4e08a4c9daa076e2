import { lazy, Suspense, use, useEffect, useState, type ComponentProps, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { languageLoading, loadDeferredLanguages } from '../i18n';
import { dirOf } from '../i18n/languages';
import { PwaNotices } from '../ui/pwa/PwaNotices';
import { SecurityGate } from '../ui/security/SecurityGate';
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
const DiagnosticsScreen = lazy(() => import('../ui/pwa/DiagnosticsScreen').then((m) => ({ default: m.DiagnosticsScreen })));
const SyncSettingsScreen = lazy(() => import('../ui/sync/SyncSettingsScreen').then((m) => ({ default: m.SyncSettingsScreen })));

/**
 * A lazy route that renders at once when its chunk arrived before it is shown (it is fetched
 * while the lock screen shows): React.lazy would still suspend once, and React holds a Suspense
 * fallback on screen for a moment before revealing what follows it.
 */
function preloadable<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>): ComponentType<P> & { preload: () => Promise<void> } {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<void> | undefined;
  // One import per route, however often it is asked for (a failed one may be tried again).
  const preload = () =>
    (loading ??= load().then(
      (m) => void (loaded = pick(m)),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  function Route(props: P) {
    // Chosen once per mount: switching component type later would remount the screen.
    const [Screen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Screen {...props} />;
  }
  return Object.assign(Route, { preload });
}

/**
 * Opening an interview should not wait for its chunk or its texts: fetch them once the list is
 * shown and the page is idle, never before the list, whose first load they would slow down.
 * The English fallback comes along then (see loadDeferredLanguages).
 */
function PrefetchInterviewScreen() {
  const { i18n } = useTranslation();
  useEffect(
    () =>
      whenIdle(() => {
        void InterviewScreen.preload().catch(() => undefined);
        void loadDeferredLanguages(i18n);
      }),
    [i18n],
  );
  return null;
}

/** The interview screen renders once the operator language's interview texts are in (under the route's Suspense). */
function InterviewRoute(props: ComponentProps<typeof InterviewScreen>) {
  const { i18n } = useTranslation();
  void InterviewScreen.preload().catch(() => undefined);
  const loading = languageLoading(i18n, i18n.language);
  if (loading) use(loading);
  useEffect(() => whenIdle(() => void loadDeferredLanguages(i18n)), [i18n]);
  return <InterviewScreen {...props} />;
}

// Fetched while the lock screen shows: the screen the app opens on.
if (typeof window !== 'undefined') {
  const start = parseRoute(window.location.hash).name;
  if (start === 'list') void InterviewListScreen.preload().catch(() => undefined);
  else if (start === 'interview' || start === 'finish') void InterviewScreen.preload().catch(() => undefined);
}

export function App() {
  const route = useRoute();
  const { t, i18n } = useTranslation('app');
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = dirOf(i18n.language);
    document.title = t('app.title');
  }, [i18n.language, t]);
  const opensInterview = route.name === 'interview' || route.name === 'finish';
  useEffect(() => {
    // The interview screen's texts load while the lock screen is shown, not after the PIN.
    if (opensInterview) void languageLoading(i18n, i18n.language);
  }, [opensInterview, i18n, i18n.language]);
  const loading = (
    <main id="main" className="screen" aria-busy="true">
      <p>{t('common.loading')}</p>
    </main>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <SecurityGate>
        <PwaNotices route={route} />
        <Suspense fallback={loading}>
          {route.name === 'list' ? (
            <>
              <InterviewListScreen />
              <PrefetchInterviewScreen />
            </>
          ) : route.name === 'diagnostics' ? (
            <DiagnosticsScreen />
          ) : route.name === 'settings' ? (
            <SyncSettingsScreen />
          ) : (
            <InterviewRoute key={route.id} id={route.id} sectionId={route.name === 'interview' ? route.sectionId : undefined} finish={route.name === 'finish'} />
          )}
        </Suspense>
      </SecurityGate>
    </>
  );
}
