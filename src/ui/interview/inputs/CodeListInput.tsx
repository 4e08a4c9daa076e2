import { useCallback, useDeferredValue, useMemo } from 'react';
import { countryOptions, languageOptions, namesByCode } from '../../../taxonomy/names';
import { useRefocusAfterRemove } from '../../common/useRefocusAfterRemove';
import { useInterviewee } from '../interviewee';
import type { InputProps } from './types';

/**
 * Countries and languages by ISO code, named by the browser's CLDR data in both languages,
 * sorted for the operator. Multiple selection keeps the order in which items were added.
 */
export function CodeListInput({ id, labelId, question, record, onChange, operator, tOp, disabled }: InputProps) {
  const interviewee = useInterviewee().lang;
  // The operator's translator (default namespace app): useTranslation costs a lot in a control redrawn for each language switch.
  const t = tOp;
  const isCountry = question.input === 'country' || question.input === 'countries';
  const multiple = question.input === 'countries' || question.input === 'languages';
  const list = isCountry ? countryOptions : languageOptions;
  const describe = useDescribe(list, operator, interviewee);
  // The ~250 options are seen only once the list is opened: after a language switch they are
  // renamed in a render React runs after the visible texts (the selected one shows at once).
  const listed = useDescribe(list, operator, useDeferredValue(interviewee));
  const selected = record?.value.type === 'choices' ? record.value.value : record?.value.type === 'choice' ? [record.value.value] : [];
  // Codes already chosen leave the list of a multiple choice; a key, not the array, so the list is rebuilt only when they change.
  const chosenKey = multiple ? selected.join(' ') : '';
  const options = useMemo(() => {
    const chosen = new Set(chosenKey.split(' '));
    return list(operator)
      .filter((o) => !chosen.has(o.code))
      .map((o) => (
        <option key={o.code} value={o.code}>
          {listed(o.code)}
        </option>
      ));
  }, [list, operator, listed, chosenKey]);
  const refocus = useRefocusAfterRemove(selected.length, id);

  if (!multiple) {
    const value = selected[0] ?? '';
    return (
      <select id={id} aria-labelledby={labelId} disabled={disabled} value={value} onChange={(e) => onChange(e.target.value ? { type: 'choice', value: e.target.value } : undefined)}>
        <option value="">{t('interview:answer.notAnswered')}</option>
        {options.map((o) => (o.key === value ? <option key={value} value={value}>{describe(value)}</option> : o))}
      </select>
    );
  }
  const remove = (code: string) => {
    refocus.removing(selected.indexOf(code));
    const next = selected.filter((c) => c !== code);
    onChange(next.length ? { type: 'choices', value: next } : undefined);
  };
  return (
    <div className="code-list">
      {selected.length > 0 && (
        <ul ref={refocus.list} className="chips" aria-labelledby={labelId}>
          {selected.map((code) => (
            <li key={code}>
              <span>{describe(code)}</span>
              <button type="button" className="chip-remove" disabled={disabled} onClick={() => remove(code)} aria-label={t('interview:answer.removeItem', { item: describe(code) })}>
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
        <option value="">{t('interview:answer.addFromList')}</option>
        {options}
      </select>
    </div>
  );
}

/** "Italia — ኢጣልያ": the operator's name of a code, then the interviewee's when it differs. */
function useDescribe(list: typeof countryOptions, operator: string, interviewee: string): (code: string) => string {
  return useCallback(
    (code: string) => {
      const op = namesByCode(list(operator)).get(code) ?? code;
      const int = namesByCode(list(interviewee)).get(code);
      return int && int !== op && interviewee !== operator ? `${op} — ${int}` : op;
    },
    [list, interviewee, operator],
  );
}
