import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/app/App';
import { createQueryClient } from '../../../src/app/queries';
import { createServices } from '../../../src/app/services';
import { ServicesContext } from '../../../src/app/ServicesContext';
import { createI18n } from '../../../src/i18n';
import { freshStore } from '../storage/helpers';

/** The real app on a fresh fake-indexeddb database, in the given operator language. */
export async function renderApp(operatorLanguage = 'en', hash = '#/') {
  window.location.hash = hash;
  const services = createServices(freshStore());
  const i18n = await createI18n(operatorLanguage);
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <QueryClientProvider client={createQueryClient()}>
          <App />
        </QueryClientProvider>
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
  return { ...view, services, i18n };
}
