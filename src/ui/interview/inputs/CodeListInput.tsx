import { useMemo } from 'react';
import { countryOptions, languageOptions } from '../../../taxonomy/names';
import type { InputProps } from './types';

/**
 * Countries and languages by ISO code, named by the browser's CLDR data in both languages,
 * sorted for the operator. Multiple selection keeps the order in which items were added.
 */
export function CodeListInput({ id, labelId, question, record, onChange, langs, tOp, disabled }: InputProps) {
  // The operator's translator (default namespace app): useTranslation costs a lot in a card redrawn for each language switch.
  const t = tOp;
  const isCountry = question.input === 'country' || question.input === 'countries';
  const multiple = question.input === 'countries' || question.input === 'languages';
  const list = isCountry ? countryOptions : languageOptions;
  const opOptions = useMemo(() => list(langs.operator), [list, langs.operator]);
  const intNames = useMemo(() => new Map(list(langs.interviewee).map((o) => [o.code, o.name])), [list, langs.interviewee]);
  const opNames = useMemo(() => new Map(opOptions.map((o) => [o.code, o.name])), [opOptions]);
  const describe = (code: string) => {
    const op = opNames.get(code) ?? code;
    const int = intNames.get(code);
    return int && int !== op && langs.interviewee !== langs.operator ? `${op} — ${int}` : op;
  };
  const selected = record?.value.type === 'choices' ? record.value.value : record?.value.type === 'choice' ? [record.value.value] : [];

  if (!multiple) {
    return (
      <select id={id} aria-labelledby={labelId} disabled={disabled} value={selected[0] ?? ''} onChange={(e) => onChange(e.target.value ? { type: 'choice', value: e.target.value } : undefined)}>
        <option value="">{t('answer.notAnswered')}</option>
        {opOptions.map((o) => (
          <option key={o.code} value={o.code}>
            {describe(o.code)}
          </option>
        ))}
      </select>
    );
  }
  const remove = (code: string) => {
    const next = selected.filter((c) => c !== code);
    onChange(next.length ? { type: 'choices', value: next } : undefined);
  };
  return (
    <div className="code-list">
      {selected.length > 0 && (
        <ul className="chips" aria-labelledby={labelId}>
          {selected.map((code) => (
            <li key={code}>
              <span>{describe(code)}</span>
              <button type="button" className="chip-remove" disabled={disabled} onClick={() => remove(code)} aria-label={t('answer.removeItem', { item: describe(code) })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        id={id}
        aria-labelledby={labelId}
        disabled={disabled}
        value=""
        onChange={(e) => e.target.value && onChange({ type: 'choices', value: [...selected, e.target.value] })}
      >
        <option value="">{t('answer.addFromList')}</option>
        {opOptions
          .filter((o) => !selected.includes(o.code))
          .map((o) => (
            <option key={o.code} value={o.code}>
              {describe(o.code)}
            </option>
          ))}
      </select>
    </div>
  );
}
