import { useTranslation } from 'react-i18next';
import { ESCO_ATTRIBUTION_KEY } from '../../taxonomy/classifications';
import type { TaxonomyService } from '../../taxonomy/service';

/** Why ESCO data is missing (a damaged or unavailable file), and the ESCO attribution when it is used. */
export function TaxonomyNotes({ service }: { service?: TaxonomyService }) {
  const { t } = useTranslation('taxonomy');
  if (!service) return null;
  return (
    <>
      {service.problems.map((p) => (
        <p key={`${p.code}-${String(p.params.lang ?? '')}`} className="picker-problem">
          {t(p.code, p.params)}
        </p>
      ))}
      {service.hasEsco && <p className="picker-attribution">{t(ESCO_ATTRIBUTION_KEY)}</p>}
    </>
  );
}
