import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf } from '../i18n/languages';
import { InterviewListScreen } from '../ui/list/InterviewListScreen';
import { PwaNotices } from '../ui/pwa/PwaNotices';
import { SecurityGate } from '../ui/security/SecurityGate';
import { SyncSettingsScreen } from '../ui/sync/SyncSettingsScreen';
import { useRoute } from './route';

// Code-split by route: the list (the first screen) must not wait for the interview screen, its
// questionnaire UI and pickers, or the diagnostics screen (docs/performance.md). The service
// worker precaches these chunks, so they open offline too.
const loadInterviewScreen = () => import('../ui/interview/InterviewScreen');
const InterviewScreen = lazy(() => loadInterviewScreen().then((m) => ({ default: m.InterviewScreen })));
const DiagnosticsScreen = lazy(() => import('../ui/pwa/DiagnosticsScreen').then((m) => ({ default: m.DiagnosticsScreen })));

/**
 * Opening an interview should not wait for its chunk: fetch it when the app starts on an
 * interview (while the lock screen shows), or once the list is shown and the page is idle,
 * never before the list, whose first load it would slow down.
 */
function PrefetchInterviewScreen() {
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => void loadInterviewScreen().catch(() => undefined), { timeout: 5000 });
    return () => cancel(handle);
  }, []);
  return null;
}

if (typeof window !== 'undefined' && /^#\/?interview\//.test(window.location.hash)) void loadInterviewScreen().catch(() => undefined);

export function App() {
  const route = useRoute();
  const { t, i18n } = useTranslation('app');
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = dirOf(i18n.language);
    document.title = t('app.title');
  }, [i18n.language, t]);
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
            <InterviewScreen key={route.id} id={route.id} sectionId={route.name === 'interview' ? route.sectionId : undefined} finish={route.name === 'finish'} />
          )}
        </Suspense>
      </SecurityGate>
    </>
  );
}
