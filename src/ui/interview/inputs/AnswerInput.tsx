import type { ComponentType } from 'react';
import type { InputType } from '../../../questionnaire/types';
import { CefrInput } from './CefrInput';
import { ChoiceInput } from './ChoiceInput';
import { CodeListInput } from './CodeListInput';
import { DateInput } from './DateInput';
import { DurationInput } from './DurationInput';
import { LevelsInput } from './LevelsInput';
import { NumberInput } from './NumberInput';
import { OccupationInput } from './OccupationInput';
import { SkillsInput } from './SkillsInput';
import { TextInput } from './TextInput';
import type { InputProps } from './types';

const CONTROLS: Record<InputType, ComponentType<InputProps>> = {
  shortText: TextInput,
  longText: TextInput,
  singleChoice: ChoiceInput,
  multiChoice: ChoiceInput,
  number: NumberInput,
  date: DateInput,
  duration: DurationInput,
  cefr: CefrInput,
  levels: LevelsInput,
  occupation: OccupationInput,
  skills: SkillsInput,
  country: CodeListInput,
  countries: CodeListInput,
  language: CodeListInput,
  languages: CodeListInput,
};

export function AnswerInput(props: InputProps) {
  const Control = CONTROLS[props.question.input];
  return <Control {...props} />;
}
