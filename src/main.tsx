import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createQueryClient } from './app/queries';
import { openInterviewOnUnlock, prefetchListOnUnlock } from './app/prefetchOnUnlock';
import { createServices } from './app/services';
import { whenIdle } from './app/whenIdle';
import { ServicesContext } from './app/ServicesContext';
import { OPERATOR_LANGUAGE_KEY } from './app/useLanguages';
import { createI18n, START_NAMESPACES } from './i18n';
import { DEFAULT_OPERATOR_LANGUAGE } from './i18n/languages';
import { loadNamespace } from './i18n/resources';
import { captureInstallPrompt } from './pwa/install';
import { serviceWorker } from './pwa/serviceWorker';
import './ui/styles.css';

function afterLoad(cb: () => void): void {
  const idle = () => whenIdle(cb);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

async function start() {
  captureInstallPrompt();
  // Registered once the first screen has loaded and the page is idle, so that precaching (about
  // 1 MB) does not compete with the first screen's own files on a slow network. On a first visit
  // that screen is the account form, so precaching is done long before the list is reached.
  // The dev server has no service worker (vite-plugin-pwa builds it): offline is a production feature.
  if (import.meta.env.PROD) afterLoad(() => void serviceWorker.start());
  const services = createServices();
  // The lock screen needs the operators' records: read them while the texts load, not after the first render.
  void services.security.init().catch(() => undefined);
  // Fetched while the stored operator language is read: it is the default language nearly always.
  for (const ns of START_NAMESPACES) void loadNamespace(DEFAULT_OPERATOR_LANGUAGE, ns).catch(() => undefined);
  const operatorLanguage = (await services.store.getSetting<string>(OPERATOR_LANGUAGE_KEY).catch(() => undefined)) ?? DEFAULT_OPERATOR_LANGUAGE;
  // Only what the lock screen and the list show; the rest loads with the interview screen (src/app/App.tsx).
  const i18n = await createI18n(operatorLanguage);
  const queryClient = createQueryClient();
  prefetchListOnUnlock(services.security, services.store, queryClient);
  openInterviewOnUnlock(services.security, services.store);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </ServicesContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
