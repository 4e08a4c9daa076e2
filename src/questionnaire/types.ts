import type { AnswerValueType } from '../domain/answerValue';

/** Pictograms are our own SVGs in src/ui/pictograms, referenced by id. */
export type PictogramId = string;

/**
 * How a question is answered. Each input type stores one tagged answer value type
 * (see `valueTypeOf`), so the UI, storage and export agree on the shape.
 */
export type InputType =
  | 'shortText'
  | 'longText'
  | 'singleChoice'
  | 'multiChoice'
  | 'number'
  | 'date'
  | 'duration'
  | 'cefr'
  | 'levels'
  | 'occupation'
  | 'skills'
  | 'country'
  | 'countries'
  | 'language'
  | 'languages';

export interface ChoiceOption {
  id: string;
  pictogram?: PictogramId;
  /** Translation key of the label; defaults to `<question key>.options.<id>`. */
  labelKey: string;
}

/** Show a question only when the referenced question's answer matches. */
export type Condition =
  | { question: string; equals: string }
  | { question: string; includes: string }
  | { question: string; answered: true }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

interface QuestionCommon {
  /** Globally unique id, prefixed by its section: `personal.firstName`. Inside groups, local: `country`. */
  id: string;
  labelKey: string;
  helpKey?: string;
  promptKey: string;
  pictogram?: PictogramId;
  required?: boolean;
  /** Holds personal data; may not be stored before consent. */
  personal: boolean;
  condition?: Condition;
}

export interface Question extends QuestionCommon {
  kind: 'question';
  input: InputType;
  options?: readonly ChoiceOption[];
  /** For `levels`: the items the person rates. */
  items?: readonly ChoiceOption[];
  /** For `number`. */
  min?: number;
  max?: number;
}

/** A repeatable group: the person adds as many items as needed (jobs, diplomas, next steps). */
export interface Group extends QuestionCommon {
  kind: 'group';
  addKey: string;
  itemTitleKey: string;
  questions: readonly Question[];
}

export type Entry = Question | Group;

export interface Section {
  id: string;
  titleKey: string;
  introKey: string;
  pictogram: PictogramId;
  entries: readonly Entry[];
}

export interface Questionnaire {
  id: string;
  version: string;
  sections: readonly Section[];
}

/** Per-organisation configuration: the EU SPT lets a service skip sections or questions. */
export interface QuestionnaireConfig {
  hiddenSections: readonly string[];
  hiddenQuestions: readonly string[];
}

export const DEFAULT_CONFIG: QuestionnaireConfig = { hiddenSections: [], hiddenQuestions: [] };

export function valueTypeOf(input: InputType): AnswerValueType {
  switch (input) {
    case 'shortText':
    case 'longText':
      return 'text';
    case 'singleChoice':
    case 'country':
    case 'language':
      return 'choice';
    case 'multiChoice':
    case 'countries':
    case 'languages':
      return 'choices';
    default:
      return input;
  }
}
