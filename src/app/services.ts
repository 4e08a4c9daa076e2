import { InterviewStore } from '../storage/interviewStore';
import { DEFAULT_CONFIG, type QuestionnaireConfig } from '../questionnaire/types';

/** The app's long-lived services, created once and handed to React through context. */
export interface Services {
  store: InterviewStore;
  config: QuestionnaireConfig;
  operatorId: string;
}

export function createServices(store = new InterviewStore(), config: QuestionnaireConfig = DEFAULT_CONFIG): Services {
  // Operator accounts arrive with the shared-tablet work; until then the device has one local operator.
  return { store, config, operatorId: 'local-operator' };
}
