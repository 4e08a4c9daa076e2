import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createQueryClient } from './app/queries';
import { createServices } from './app/services';
import { ServicesContext } from './app/ServicesContext';
import { OPERATOR_LANGUAGE_KEY } from './app/useLanguages';
import { createI18n } from './i18n';
import { DEFAULT_OPERATOR_LANGUAGE } from './i18n/languages';
import { captureInstallPrompt } from './pwa/install';
import { serviceWorker } from './pwa/serviceWorker';
import './ui/styles.css';

async function start() {
  captureInstallPrompt();
  // The dev server has no service worker (vite-plugin-pwa builds it): offline is a production feature.
  if (import.meta.env.PROD) void serviceWorker.start();
  const services = createServices();
  const operatorLanguage = (await services.store.getSetting<string>(OPERATOR_LANGUAGE_KEY).catch(() => undefined)) ?? DEFAULT_OPERATOR_LANGUAGE;
  const i18n = await createI18n(operatorLanguage);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <QueryClientProvider client={createQueryClient()}>
            <App />
          </QueryClientProvider>
        </ServicesContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
