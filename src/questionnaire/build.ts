import type { ChoiceOption, Condition, Group, InputType, PictogramId, Question, Section } from './types';

/** All questionnaire text lives in the `interview` namespace (locales/<lang>/interview.json). */
export const KEY_ROOT = 'interview:';

export interface QuestionOptions {
  required?: boolean;
  help?: boolean;
  personal?: boolean;
  pictogram?: PictogramId;
  condition?: Condition;
  /** Question-specific option ids (labels under `<key>.options.<id>`) or a shared option set. */
  options?: readonly string[] | readonly ChoiceOption[];
  items?: readonly string[];
  optionPictograms?: Readonly<Record<string, PictogramId>>;
  min?: number;
  max?: number;
}

function toOptions(key: string, field: 'options' | 'items', ids: readonly string[] | readonly ChoiceOption[], pictograms?: Readonly<Record<string, PictogramId>>): ChoiceOption[] {
  return ids.map((o) => {
    if (typeof o !== 'string') return o;
    const pictogram = pictograms?.[o];
    return { id: o, labelKey: `${key}.${field}.${o}`, ...(pictogram ? { pictogram } : {}) };
  });
}

/** Builds a question whose keys derive from its position: `interview:<id>.label|help|prompt`. */
export function question(keyBase: string, id: string, input: InputType, o: QuestionOptions = {}): Question {
  const key = `${KEY_ROOT}${keyBase}`;
  return {
    kind: 'question',
    id,
    input,
    labelKey: `${key}.label`,
    promptKey: `${key}.prompt`,
    ...(o.help ? { helpKey: `${key}.help` } : {}),
    personal: o.personal ?? true,
    ...(o.required ? { required: true } : {}),
    ...(o.pictogram ? { pictogram: o.pictogram } : {}),
    ...(o.condition ? { condition: o.condition } : {}),
    ...(o.options ? { options: toOptions(key, 'options', o.options, o.optionPictograms) } : {}),
    ...(o.items ? { items: toOptions(key, 'items', o.items) } : {}),
    ...(o.min !== undefined ? { min: o.min } : {}),
    ...(o.max !== undefined ? { max: o.max } : {}),
  };
}

/** A top-level question: its id is also its key base (`personal.firstName`). */
export const q = (id: string, input: InputType, o?: QuestionOptions): Question => question(id, id, input, o);

/** A repeatable group; children have local ids and keys under the group's key. */
export function group(
  id: string,
  o: Pick<QuestionOptions, 'help' | 'pictogram' | 'condition' | 'personal'>,
  children: (child: (localId: string, input: InputType, o?: QuestionOptions) => Question) => Question[],
): Group {
  const key = `${KEY_ROOT}${id}`;
  return {
    kind: 'group',
    id,
    labelKey: `${key}.label`,
    promptKey: `${key}.prompt`,
    addKey: `${key}.add`,
    itemTitleKey: `${key}.item`,
    ...(o.help ? { helpKey: `${key}.help` } : {}),
    personal: o.personal ?? true,
    ...(o.pictogram ? { pictogram: o.pictogram } : {}),
    ...(o.condition ? { condition: o.condition } : {}),
    questions: children((localId, input, co) => question(`${id}.${localId}`, localId, input, co)),
  };
}

export function section(id: string, pictogram: PictogramId, entries: Section['entries']): Section {
  return { id, titleKey: `${KEY_ROOT}sections.${id}.title`, introKey: `${KEY_ROOT}sections.${id}.intro`, pictogram, entries };
}

/** Options shared by many questions, labelled once under `interview:options.<set>.<id>`. */
export function optionSet(set: string, ids: readonly string[], pictograms: Readonly<Record<string, PictogramId>> = {}): ChoiceOption[] {
  return ids.map((id) => ({ id, labelKey: `${KEY_ROOT}options.${set}.${id}`, ...(pictograms[id] ? { pictogram: pictograms[id] } : {}) }));
}
