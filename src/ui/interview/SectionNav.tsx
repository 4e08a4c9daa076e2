import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/route';
import type { SectionProgress } from '../../questionnaire/engine';
import type { Section } from '../../questionnaire/types';
import { Pictogram } from '../common/Pictogram';

interface Props {
  interviewId: string;
  sections: Section[];
  progress: Map<string, SectionProgress>;
  currentId: string | undefined;
}

/** Every section is one tap away, with answered/total so gaps are visible at a glance. */
export function SectionNav({ interviewId, sections, progress, currentId }: Props) {
  const { t } = useTranslation(['app', 'interview']);
  return (
    <nav className="section-nav" aria-label={t('interview.sections')}>
      <ol>
        {sections.map((s) => {
          const p = progress.get(s.id);
          return (
            <li key={s.id}>
              <a href={hrefFor({ name: 'interview', id: interviewId, sectionId: s.id })} aria-current={s.id === currentId ? 'page' : undefined}>
                <Pictogram id={s.pictogram} size={22} />
                <span className="nav-title">{t(s.titleKey)}</span>
                {p && (
                  <span className="nav-count" aria-label={t('interview.sectionProgress', { answered: p.answered, count: p.total })}>
                    {p.answered}/{p.total}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ol>
      <a className="nav-finish" href={hrefFor({ name: 'finish', id: interviewId })} aria-current={currentId === undefined ? 'page' : undefined}>
        {t('finish.title')}
      </a>
    </nav>
  );
}
