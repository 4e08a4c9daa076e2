import { SkillsPicker } from '../../pickers/SkillsPicker';
import { useInterviewee } from '../interviewee';
import type { InputProps } from './types';

/** Skills from the ESCO collection that fits the question (digital or transversal), or in the person's words. */
export function SkillsInput({ id, labelId, question, record, onChange, disabled }: InputProps) {
  const { langs } = useInterviewee();
  const skills = record?.value.type === 'skills' ? record.value.value : [];
  return (
    <SkillsPicker
      id={id}
      labelledBy={labelId}
      value={skills}
      onChange={(v) => onChange(v.length ? { type: 'skills', value: v } : undefined)}
      languages={langs}
      collection={question.id.startsWith('digital.') ? 'digital' : 'transversal'}
      disabled={disabled}
    />
  );
}
