import { OccupationPicker } from '../../pickers/OccupationPicker';
import { useInterviewee } from '../interviewee';
import type { InputProps } from './types';

/** An occupation searched in ESCO/ISCO-08 in both interview languages, or typed freely. */
export function OccupationInput({ id, labelId, record, onChange, disabled }: InputProps) {
  const { langs } = useInterviewee();
  const value = record?.value.type === 'occupation' ? record.value.value : undefined;
  return (
    <OccupationPicker
      id={id}
      labelledBy={labelId}
      value={value}
      onChange={(v) => onChange(v ? { type: 'occupation', value: v } : undefined)}
      languages={langs}
      disabled={disabled}
    />
  );
}
