import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { dirOf } from '../i18n/languages';
import { InterviewScreen } from '../ui/interview/InterviewScreen';
import { InterviewListScreen } from '../ui/list/InterviewListScreen';
import { DiagnosticsScreen } from '../ui/pwa/DiagnosticsScreen';
import { PwaNotices } from '../ui/pwa/PwaNotices';
import { SecurityGate } from '../ui/security/SecurityGate';
import { useRoute } from './route';

export function App() {
  const route = useRoute();
  const { t, i18n } = useTranslation('app');
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = dirOf(i18n.language);
    document.title = t('app.title');
  }, [i18n.language, t]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <SecurityGate>
        <PwaNotices route={route} />
        {route.name === 'list' ? (
          <InterviewListScreen />
        ) : route.name === 'diagnostics' ? (
          <DiagnosticsScreen />
        ) : (
          <InterviewScreen key={route.id} id={route.id} sectionId={route.name === 'interview' ? route.sectionId : undefined} finish={route.name === 'finish'} />
        )}
      </SecurityGate>
    </>
  );
}
