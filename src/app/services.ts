import { InterviewStore } from '../storage/interviewStore';
import { resilientStore } from '../storage/resilience';
import { DEFAULT_CONFIG, type QuestionnaireConfig } from '../questionnaire/types';
import { SecurityController, type SecurityOptions } from '../security/securityController';
import { createAppSync, type AppSync } from './sync';

/** The app's long-lived services, created once and handed to React through context. */
export interface Services {
  store: InterviewStore;
  config: QuestionnaireConfig;
  security: SecurityController;
  /** The one sync engine, running while an operator is signed in. */
  sync: AppSync;
  /** The signed-in operator ('' while locked: nothing renders then, see SecurityGate). */
  readonly operatorId: string;
}

// Quota errors and connections iOS closes in the background become clear errors and a reopen-and-retry (storage/resilience.ts).
export function createServices(store = resilientStore(new InterviewStore()), config: QuestionnaireConfig = DEFAULT_CONFIG, securityOptions: SecurityOptions = {}): Services {
  const security = new SecurityController(store, securityOptions);
  return {
    store,
    config,
    security,
    sync: createAppSync(store, security),
    get operatorId() {
      return security.operatorId ?? '';
    },
  };
}
