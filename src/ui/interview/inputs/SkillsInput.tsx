import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputProps } from './types';

/** A list of skills in the person's words; the taxonomy picker maps them to ESCO. */
export function SkillsInput({ id, labelId, record, onChange, disabled }: InputProps) {
  const { t } = useTranslation('app');
  const [draft, setDraft] = useState('');
  const skills = record?.value.type === 'skills' ? record.value.value : [];
  const add = () => {
    if (!draft.trim()) return;
    onChange({ type: 'skills', value: [...skills, { text: draft.trim() }] });
    setDraft('');
  };
  return (
    <div className="code-list">
      {skills.length > 0 && (
        <ul className="chips" aria-labelledby={labelId}>
          {skills.map((s, i) => (
            <li key={`${s.text}-${i}`}>
              <span>{s.text}</span>
              <button
                type="button"
                className="chip-remove"
                disabled={disabled}
                aria-label={t('answer.removeItem', { item: s.text })}
                onClick={() => {
                  const next = skills.filter((_, j) => j !== i);
                  onChange(next.length ? { type: 'skills', value: next } : undefined);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <input id={id} aria-labelledby={labelId} disabled={disabled} value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), add())} />
        <button type="button" disabled={disabled || !draft.trim()} onClick={add}>
          {t('answer.addSkill')}
        </button>
      </div>
    </div>
  );
}
