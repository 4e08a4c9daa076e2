import { CEFR_LEVELS, CEFR_SKILLS, type CefrLevel } from '../../../domain/codes';
import type { CefrGrid } from '../../../domain/answerValue';
import { cefrDescriptorKey } from '../../../taxonomy/classifications';
import { Bilingual } from './Bilingual';
import type { InputProps } from './types';

/** The CEFR self-assessment grid: a level (or none) for each of the five skills. */
export function CefrInput({ id, labelId, record, onChange, operator, tOp, disabled }: InputProps) {
  // The operator's translator (default namespace app): useTranslation costs a lot in a card redrawn on each change.
  const t = tOp;
  const grid: CefrGrid = record?.value.type === 'cefr' ? record.value.value : {};
  return (
    <div className="cefr-grid" role="group" aria-labelledby={labelId} id={id}>
      {CEFR_SKILLS.map((skill) => {
        const selectId = `${id}-${skill}`;
        const level = grid[skill];
        // The plain-language descriptor of the chosen level, in both languages, lets the person confirm it.
        const descriptor = level && level !== 'none' ? cefrDescriptorKey(skill, level) : undefined;
        return (
          <div key={skill} className="cefr-row">
            <label htmlFor={selectId}>{t(`interview:answer.cefr.skills.${skill}`)}</label>
            <select
              id={selectId}
              disabled={disabled}
              value={grid[skill] ?? ''}
              onChange={(e) => {
                const next: CefrGrid = { ...grid };
                if (e.target.value) next[skill] = e.target.value as CefrLevel;
                else delete next[skill];
                onChange(Object.keys(next).length ? { type: 'cefr', value: next } : undefined);
              }}
            >
              <option value="">{t('interview:answer.notAnswered')}</option>
              {CEFR_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`interview:answer.cefr.levels.${level}`)}
                </option>
              ))}
            </select>
            {descriptor && (
              <p className="help cefr-descriptor">
                <Bilingual k={descriptor} operator={operator} tOp={tOp} />
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
