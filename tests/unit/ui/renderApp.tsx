import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/app/App';
import { createQueryClient } from '../../../src/app/queries';
import { createServices } from '../../../src/app/services';
import { ServicesContext } from '../../../src/app/ServicesContext';
import { createI18n } from '../../../src/i18n';
import { InterviewStore } from '../../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../../src/storage/schema';
import { DEFAULT_CONFIG } from '../../../src/questionnaire/types';
import { TEST_ITERATIONS, TEST_OPERATOR } from '../../support/unlockedStore';

let counter = 0;

/** The real app on a fresh fake-indexeddb database, in the given operator language, with an operator signed in (and `seed` stored before the first render). */
export async function renderApp(operatorLanguage = 'en', hash = '#/', seed?: (store: InterviewStore) => Promise<void>) {
  window.location.hash = hash;
  counter += 1;
  const services = createServices(new InterviewStore(new SkillsProfileDb(`ui-${Date.now()}-${counter}`)), DEFAULT_CONFIG, { iterations: TEST_ITERATIONS });
  // Signed in, as after the first-run screen (tests/unit/ui/security tests cover that screen).
  await services.security.init();
  await services.security.createOperator(TEST_OPERATOR);
  await seed?.(services.store);
  const i18n = await createI18n(operatorLanguage);
  // Screens other than the list are lazy-loaded routes (src/app/App.tsx); importing them here keeps
  // Vite's first transform of the module out of the tests' findBy* timeouts.
  await Promise.all([import('../../../src/ui/interview/InterviewScreen'), import('../../../src/ui/pwa/DiagnosticsScreen')]);
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
