import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OCCUPATION_TEXT_MAX, type Occupation } from '../../domain/answerValue';
import type { TaxonomyHit } from '../../taxonomy/service';
import { ConceptLabels, type PickerLanguages } from './Bilingual';
import { Combobox } from './Combobox';
import { TaxonomyNotes } from './TaxonomyNotes';
import { useHits, useTaxonomy } from './useTaxonomy';
import './pickers.css';

export interface OccupationPickerProps {
  /** Id of the text box, for the screen's visible <label htmlFor>. */
  id: string;
  labelledBy?: string;
  value: Occupation | undefined;
  onChange(value: Occupation | undefined): void;
  languages: PickerLanguages;
  disabled?: boolean;
}

const LIMIT = 8;

/** The chosen concept, with every label we have as a snapshot so the profile reads the same later. */
export function occupationFromHit(hit: TaxonomyHit, languages: PickerLanguages): Occupation {
  const labels = hit.concept.labels;
  const text = labels[languages.operator] ?? labels[languages.interviewee] ?? Object.values(labels)[0] ?? hit.matched.text;
  return { text, escoUri: hit.concept.uri, iscoCode: hit.concept.iscoCode, labels: { ...labels } };
}

/**
 * Occupation search over ESCO (when imported) and the ISCO-08 groups, typed in either interview
 * language; keeps the text as typed when nothing fits.
 */
export function OccupationPicker({ id, labelledBy, value, onChange, languages, disabled }: OccupationPickerProps) {
  const { t } = useTranslation('taxonomy');
  const { service, failed } = useTaxonomy(languages);
  const [query, setQuery] = useState(value?.text ?? '');
  const [shownText, setShownText] = useState(value?.text);
  const [open, setOpen] = useState(false);
  // A new value from outside (another pane, a restore) replaces what the text box shows.
  if (value?.text !== shownText) {
    setShownText(value?.text);
    setQuery(value?.text ?? '');
  }
  const search = useCallback((q: string) => service!.searchOccupations(q, LIMIT), [service]);
  const hits = useHits(service && search, query, open);
  const hintId = `${id}-hint`;

  const commit = (next: Occupation | undefined) => {
    setShownText(next?.text);
    setQuery(next?.text ?? '');
    onChange(next);
  };
  const keepAsTyped = (text: string) => commit({ text });
  const mapped = value && (value.escoUri || value.iscoCode);

  return (
    <div className="picker">
      <Combobox
        id={id}
        labelledBy={labelledBy}
        describedBy={hintId}
        query={query}
        onQueryChange={setQuery}
        open={open}
        onOpenChange={setOpen}
        disabled={disabled}
        maxLength={OCCUPATION_TEXT_MAX}
        options={hits.map((hit) => ({
          key: hit.concept.uri,
          content: (
            <ConceptLabels
              labels={hit.concept.labels}
              languages={languages}
              iscoCode={hit.concept.iscoCode}
              isGroup={hit.concept.kind === 'iscoGroup'}
              iscoTitle={service?.iscoTitle}
              matched={hit.matched.kind === 'alt' ? hit.matched.text : undefined}
            />
          ),
        }))}
        onPick={(key) => {
          const hit = hits.find((h) => h.concept.uri === key);
          if (hit) commit(occupationFromHit(hit, languages));
        }}
        onFreeText={keepAsTyped}
        freeTextLabel={(text) => t('picker.useAsTyped', { text })}
        onBlur={() => {
          const text = query.trim();
          if (!text) setQuery(value?.text ?? '');
          else if (text !== value?.text) keepAsTyped(text);
        }}
      />
      <p id={hintId} className="picker-hint">
        {failed ? t('picker.unavailable') : service && !service.hasEsco ? t('picker.occupation.hintDefault') : t('picker.occupation.hint')}
      </p>
      <TaxonomyNotes service={service} />
      {value && (
        <div className="picker-choice">
          <span className="picker-choice-title">{mapped ? t('picker.chosen') : t('picker.freeText')}</span>
          {mapped ? (
            <ConceptLabels
              labels={value.labels ?? { [languages.operator]: value.text }}
              languages={languages}
              iscoCode={value.iscoCode}
              isGroup={!value.escoUri?.includes('/occupation/')}
              iscoTitle={service?.iscoTitle}
            />
          ) : (
            <span>{value.text}</span>
          )}
          <button
            type="button"
            className="secondary"
            disabled={disabled}
            onClick={() => {
              // The button goes with the choice: focus moves to the search, where the next choice is made.
              document.getElementById(id)?.focus();
              commit(undefined);
            }}
            aria-label={t('picker.clearItem', { item: value.text })}
          >
            {t('picker.clear')}
          </button>
        </div>
      )}
    </div>
  );
}
