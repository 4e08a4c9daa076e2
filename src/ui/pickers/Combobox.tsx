import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ComboboxOption {
  key: string;
  content: ReactNode;
}

interface ComboboxProps {
  id: string;
  labelledBy?: string;
  describedBy?: string;
  query: string;
  onQueryChange(query: string): void;
  options: readonly ComboboxOption[];
  onPick(key: string): void;
  /** Keep the text as typed; offered as the last option whenever there is text. */
  onFreeText(text: string): void;
  freeTextLabel(text: string): string;
  onBlur?(): void;
  open: boolean;
  onOpenChange(open: boolean): void;
  disabled?: boolean;
  lang?: string;
  /** The answer schema's limit for the text. */
  maxLength?: number;
}

/**
 * Text box with a popup list (WAI-ARIA 1.2 combobox pattern, list autocomplete): focus stays in
 * the text box, arrow keys move the active option (aria-activedescendant), Enter chooses it
 * (or keeps the text as typed when no option is active), Escape closes, then clears.
 */
export function Combobox(props: ComboboxProps) {
  const { id, query, options, open, onOpenChange } = props;
  const { t } = useTranslation('taxonomy');
  const listId = useId();
  const statusId = useId();
  const [active, setActive] = useState(-1);
  const text = query.trim();
  const total = options.length + (text ? 1 : 0);
  const expanded = open && total > 0 && !props.disabled;
  const activeIndex = active < total ? active : -1;
  const optionId = (i: number) => `${listId}-${i}`;

  const choose = (index: number) => {
    if (index < options.length) props.onPick(options[index]!.key);
    else if (text) props.onFreeText(text);
    setActive(-1);
    onOpenChange(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) {
        onOpenChange(true);
        setActive(e.key === 'ArrowDown' ? 0 : total - 1);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i < 0 ? (step > 0 ? 0 : total - 1) : (i + step + total) % total));
    } else if (e.key === 'Enter') {
      if (!text && activeIndex < 0) return;
      e.preventDefault();
      choose(activeIndex >= 0 && expanded ? activeIndex : options.length);
    } else if (e.key === 'Escape') {
      if (expanded) onOpenChange(false);
      else props.onQueryChange('');
      setActive(-1);
    }
  };

  return (
    <div className="picker-combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        lang={props.lang}
        // Either interview language may be typed, Arabic included: let the text set its direction.
        dir="auto"
        aria-labelledby={props.labelledBy}
        aria-describedby={props.describedBy}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        disabled={props.disabled}
        maxLength={props.maxLength}
        value={query}
        onChange={(e) => {
          props.onQueryChange(e.target.value);
          onOpenChange(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          onOpenChange(false);
          setActive(-1);
          props.onBlur?.();
        }}
      />
      <ul
        id={listId}
        role="listbox"
        className="picker-listbox"
        hidden={!expanded}
        aria-labelledby={props.labelledBy}
        aria-label={props.labelledBy ? undefined : t('picker.suggestions')}
        // Keep focus in the text box when an option is pressed, so the choice is not lost to blur.
        onMouseDown={(e) => e.preventDefault()}
      >
        {expanded &&
          options.map((o, i) => (
            <li key={o.key} id={optionId(i)} role="option" aria-selected={i === activeIndex} className="picker-option" onClick={() => choose(i)}>
              {o.content}
            </li>
          ))}
        {expanded && text && (
          <li id={optionId(options.length)} role="option" aria-selected={activeIndex === options.length} className="picker-option picker-free" onClick={() => choose(options.length)}>
            {props.freeTextLabel(text)}
          </li>
        )}
      </ul>
      <div id={statusId} role="status" className="picker-sr-only">
        {open && text ? (options.length ? t('picker.results', { count: options.length }) : t('picker.noResults')) : ''}
      </div>
    </div>
  );
}
