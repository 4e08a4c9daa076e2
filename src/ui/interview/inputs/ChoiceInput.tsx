import { Pictogram } from '../../common/Pictogram';
import { Bilingual } from './Bilingual';
import type { InputProps } from './types';

/** Single or multiple choice as large bilingual tiles (radio buttons or checkboxes). */
export function ChoiceInput({ id, labelId, question, record, onChange, operator, tOp, disabled }: InputProps) {
  const multiple = question.input === 'multiChoice';
  const selected = new Set(record?.value.type === 'choices' ? record.value.value : record?.value.type === 'choice' ? [record.value.value] : []);
  const toggle = (option: string, checked: boolean) => {
    if (!multiple) return onChange({ type: 'choice', value: option });
    const next = (question.options ?? []).map((o) => o.id).filter((o) => (o === option ? checked : selected.has(o)));
    onChange(next.length ? { type: 'choices', value: next } : undefined);
  };
  return (
    <div role={multiple ? 'group' : 'radiogroup'} aria-labelledby={labelId} className="choices" id={id}>
      {(question.options ?? []).map((o) => (
        <label key={o.id} className="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            name={id}
            value={o.id}
            checked={selected.has(o.id)}
            disabled={disabled}
            onChange={(e) => toggle(o.id, e.target.checked)}
          />
          {o.pictogram && <Pictogram id={o.pictogram} />}
          <span className="choice-text">
            <Bilingual k={o.labelKey} operator={operator} tOp={tOp} />
          </span>
        </label>
      ))}
    </div>
  );
}
