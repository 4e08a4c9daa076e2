import type { InputProps } from './types';

/** Free-text occupation; the taxonomy picker adds ESCO/ISCO mapping on top of the same value. */
export function OccupationInput({ id, labelId, record, onChange, disabled }: InputProps) {
  const value = record?.value.type === 'occupation' ? record.value.value : undefined;
  return (
    <input
      id={id}
      aria-labelledby={labelId}
      disabled={disabled}
      value={value?.text ?? ''}
      onChange={(e) => onChange(e.target.value.trim() ? { type: 'occupation', value: { text: e.target.value } } : undefined)}
    />
  );
}
