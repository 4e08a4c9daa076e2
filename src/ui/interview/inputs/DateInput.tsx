import { useState } from 'react';
import type { PartialDate } from '../../../domain/answerValue';
import type { InputProps } from './types';

const PRECISIONS = ['year', 'month', 'day', 'unknown'] as const;

/** A date the person may know only partly: choose how precise, then enter it. */
export function DateInput({ id, labelId, record, onChange, tOp, disabled }: InputProps) {
  // The operator's translator (default namespace app): useTranslation costs a lot in a card redrawn for each language switch.
  const t = tOp;
  const date: PartialDate | undefined = record?.value.type === 'date' ? record.value.value : undefined;
  // Local, because choosing a precision before typing a date must not be forgotten.
  const [precision, setPrecision] = useState<PartialDate['precision']>(date?.precision ?? 'year');
  const set = (next: PartialDate | undefined) => onChange(next ? { type: 'date', value: next } : undefined);
  const setValue = (value: string) => set(value ? { precision, value } : undefined);
  const precisionId = `${id}-precision`;
  return (
    <div className="date-answer">
      <label id={`${precisionId}-label`} htmlFor={precisionId}>
        {t('interview:answer.date.precision')}
      </label>
      {/* Named with the question too: a section has several dates, each with this choice. */}
      <select
        id={precisionId}
        aria-labelledby={`${precisionId}-label ${labelId}`}
        value={precision}
        disabled={disabled}
        onChange={(e) => {
          const p = e.target.value as PartialDate['precision'];
          setPrecision(p);
          if (p === 'unknown') set({ precision: 'unknown' });
          else set(date?.value && p === 'year' ? { precision: 'year', value: date.value.slice(0, 4) } : undefined);
        }}
      >
        {PRECISIONS.map((p) => (
          <option key={p} value={p}>
            {t(`interview:answer.date.precisions.${p}`)}
          </option>
        ))}
      </select>
      {precision !== 'unknown' && (
        <input
          id={id}
          aria-labelledby={labelId}
          disabled={disabled}
          type={precision === 'year' ? 'number' : precision === 'month' ? 'month' : 'date'}
          inputMode={precision === 'year' ? 'numeric' : undefined}
          min={precision === 'year' ? 1900 : undefined}
          max={precision === 'year' ? 2100 : undefined}
          placeholder={precision === 'year' ? t('interview:answer.date.yearPlaceholder') : undefined}
          value={date?.value ?? ''}
          onChange={(e) => {
            const v = e.target.value;
            if (precision === 'year' && !/^\d{4}$/.test(v)) return v === '' ? setValue('') : undefined;
            setValue(v);
          }}
        />
      )}
    </div>
  );
}
