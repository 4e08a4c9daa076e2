import { PROFICIENCY_LEVELS } from '../../../domain/codes';
import { Bilingual } from './Bilingual';
import type { InputProps } from './types';

/** A checklist where each item gets a level (digital skills). */
export function LevelsInput({ id, labelId, question, record, onChange, operator, tOp, disabled }: InputProps) {
  // The operator's translator (default namespace app): useTranslation costs a lot in a card redrawn on each change.
  const t = tOp;
  const levels = record?.value.type === 'levels' ? record.value.value : {};
  return (
    <div className="levels" role="group" aria-labelledby={labelId} id={id}>
      {(question.items ?? []).map((item) => {
        const selectId = `${id}-${item.id}`;
        return (
          <div key={item.id} className="levels-row">
            <label htmlFor={selectId}>
              <Bilingual k={item.labelKey} operator={operator} tOp={tOp} />
            </label>
            <select
              id={selectId}
              disabled={disabled}
              value={levels[item.id] ?? ''}
              onChange={(e) => {
                const next = { ...levels };
                if (e.target.value) next[item.id] = e.target.value as (typeof PROFICIENCY_LEVELS)[number];
                else delete next[item.id];
                onChange(Object.keys(next).length ? { type: 'levels', value: next } : undefined);
              }}
            >
              <option value="">{t('interview:answer.notAnswered')}</option>
              {PROFICIENCY_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`interview:answer.levels.${l}`)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}
