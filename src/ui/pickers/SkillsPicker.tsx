import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SKILL_TEXT_MAX, type SkillEntry } from '../../domain/answerValue';
import type { TaxonomyHit } from '../../taxonomy/service';
import { ConceptLabels, type PickerLanguages } from './Bilingual';
import { Combobox } from './Combobox';
import { TaxonomyNotes } from './TaxonomyNotes';
import { useRefocusAfterRemove } from '../common/useRefocusAfterRemove';
import { useHits, useTaxonomy } from './useTaxonomy';
import './pickers.css';

export interface SkillsPickerProps {
  id: string;
  labelledBy?: string;
  value: SkillEntry[];
  onChange(value: SkillEntry[]): void;
  languages: PickerLanguages;
  collection: 'transversal' | 'digital';
  disabled?: boolean;
}

const LIMIT = 8;

export function skillFromHit(hit: TaxonomyHit, languages: PickerLanguages): SkillEntry {
  const labels = hit.concept.labels;
  const text = labels[languages.operator] ?? labels[languages.interviewee] ?? Object.values(labels)[0] ?? hit.matched.text;
  return { text, escoUri: hit.concept.uri, labels: { ...labels } };
}

/** A list of skills from an ESCO collection, or in the person's own words. */
export function SkillsPicker({ id, labelledBy, value, onChange, languages, collection, disabled }: SkillsPickerProps) {
  const { t } = useTranslation('taxonomy');
  const { service, failed } = useTaxonomy(languages);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const chosen = useMemo(() => new Set(value.map((s) => s.escoUri ?? s.text)), [value]);
  const search = useCallback(
    async (q: string) => (await service!.searchSkills(collection, q, LIMIT + chosen.size)).filter((h) => !chosen.has(h.concept.uri)).slice(0, LIMIT),
    [service, collection, chosen],
  );
  const hits = useHits(service && search, query, open);
  const hasList = service ? service.skillCount(collection) > 0 : false;
  const hintId = `${id}-hint`;
  const refocus = useRefocusAfterRemove(value.length, id);

  const add = (entry: SkillEntry) => {
    if (!chosen.has(entry.escoUri ?? entry.text)) onChange([...value, entry]);
    setQuery('');
  };

  return (
    <div className="picker">
      {value.length > 0 && (
        <ul ref={refocus.list} className="picker-chosen" aria-labelledby={labelledBy}>
          {value.map((skill, i) => (
            <li key={`${skill.escoUri ?? skill.text}-${i}`} className="picker-choice">
              {skill.escoUri ? (
                <ConceptLabels labels={skill.labels ?? { [languages.operator]: skill.text }} languages={languages} />
              ) : (
                <span>
                  {skill.text} <span className="picker-matched">{t('picker.freeText')}</span>
                </span>
              )}
              <button
                type="button"
                className="secondary"
                disabled={disabled}
                onClick={() => {
                  refocus.removing(i);
                  onChange(value.filter((_, j) => j !== i));
                }}
                aria-label={t('picker.removeItem', { item: skill.text })}
              >
                {t('picker.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Combobox
        id={id}
        labelledBy={labelledBy}
        describedBy={hintId}
        query={query}
        onQueryChange={setQuery}
        open={open}
        onOpenChange={setOpen}
        disabled={disabled}
        maxLength={SKILL_TEXT_MAX}
        options={hits.map((hit) => ({
          key: hit.concept.uri,
          content: <ConceptLabels labels={hit.concept.labels} languages={languages} matched={hit.matched.kind === 'alt' ? hit.matched.text : undefined} />,
        }))}
        onPick={(key) => {
          const hit = hits.find((h) => h.concept.uri === key);
          if (hit) add(skillFromHit(hit, languages));
        }}
        onFreeText={(text) => add({ text })}
        freeTextLabel={(text) => t('picker.addAsTyped', { text })}
      />
      <p id={hintId} className="picker-hint">
        {failed || (service && !hasList) ? t('picker.skills.hintNoList') : t(`picker.skills.hint.${collection}`)}
      </p>
      <TaxonomyNotes service={service} />
    </div>
  );
}
