import { useTranslation } from 'react-i18next';
import { OperatorForm } from './OperatorForm';

export function FirstRunScreen() {
  const { t } = useTranslation('security');
  return (
    <main id="main" className="screen security-screen">
      <section className="card" aria-labelledby="first-run-title">
        <h1 id="first-run-title">{t('firstRun.title')}</h1>
        <p>{t('firstRun.explain')}</p>
        <OperatorForm />
      </section>
    </main>
  );
}
