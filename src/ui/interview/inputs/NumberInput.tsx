import type { InputProps } from './types';

export function NumberInput({ id, labelId, question, record, onChange, disabled }: InputProps) {
  const value = record?.value.type === 'number' ? String(record.value.value) : '';
  return (
    <input
      id={id}
      aria-labelledby={labelId}
      type="number"
      inputMode="numeric"
      min={question.min}
      max={question.max}
      disabled={disabled}
      value={value}
      onChange={(e) => {
        const n = e.target.valueAsNumber;
        onChange(Number.isFinite(n) ? { type: 'number', value: n } : undefined);
      }}
    />
  );
}
