import { useTranslation } from 'react-i18next';
import { dirOf } from '../../i18n/languages';
import type { TaxonomyService } from '../../taxonomy/service';

export interface PickerLanguages {
  operator: string;
  interviewee: string;
}

/**
 * A concept's name in the operator's and the interviewee's language (each marked with its own
 * lang and dir), then its ISCO-08 group. A language the taxonomy lacks is simply left out.
 */
export function ConceptLabels({
  labels,
  languages,
  iscoCode,
  isGroup,
  iscoTitle,
  matched,
}: {
  labels: Record<string, string>;
  languages: PickerLanguages;
  iscoCode?: string;
  isGroup?: boolean;
  iscoTitle?: TaxonomyService['iscoTitle'];
  matched?: string;
}) {
  const { t } = useTranslation('taxonomy');
  const { operator, interviewee } = languages;
  const shown = [operator, interviewee].filter((l, i, all) => labels[l] && all.indexOf(l) === i);
  if (shown.length === 0) {
    const [first] = Object.keys(labels);
    if (first) shown.push(first);
  }
  const title = iscoCode && !isGroup ? iscoTitle?.(iscoCode, operator) : undefined;
  const texts = shown.map((l) => labels[l]);
  return (
    <span className="picker-concept">
      {shown.map((lang, i) => (
        <span key={lang} lang={lang} dir={dirOf(lang)} className={i === 0 ? 'picker-label-main' : 'picker-label-second'}>
          {labels[lang]}
        </span>
      ))}
      {matched && !texts.includes(matched) && <span className="picker-matched">{t('picker.matchedAs', { label: matched })}</span>}
      {iscoCode && (
        <span className="picker-isco">
          {isGroup
            ? t('picker.iscoGroup', { code: iscoCode })
            : title
              ? t('picker.isco', { code: iscoCode, title: title.text })
              : t('picker.iscoCode', { code: iscoCode })}
        </span>
      )}
    </span>
  );
}
