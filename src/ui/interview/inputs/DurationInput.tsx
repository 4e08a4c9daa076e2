import type { InputProps } from './types';

export function DurationInput({ id, labelId, record, onChange, tOp, disabled }: InputProps) {
  // The operator's translator (default namespace app): useTranslation costs a lot in a card redrawn for each language switch.
  const t = tOp;
  const d = record?.value.type === 'duration' ? record.value.value : undefined;
  const update = (years: number, months: number) =>
    onChange(years || months ? { type: 'duration', value: { years: Math.max(0, Math.min(80, years)), months: Math.max(0, Math.min(11, months)) } } : undefined);
  return (
    <div className="duration-answer" role="group" aria-labelledby={labelId} id={id}>
      <label>
        {t('interview:answer.duration.years')}
        <input type="number" inputMode="numeric" min={0} max={80} disabled={disabled} value={d?.years ?? ''} onChange={(e) => update(e.target.valueAsNumber || 0, d?.months ?? 0)} />
      </label>
      <label>
        {t('interview:answer.duration.months')}
        <input type="number" inputMode="numeric" min={0} max={11} disabled={disabled} value={d?.months ?? ''} onChange={(e) => update(d?.years ?? 0, e.target.valueAsNumber || 0)} />
      </label>
    </div>
  );
}
