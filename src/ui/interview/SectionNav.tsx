import type { TFunction } from 'i18next';
import { memo } from 'react';
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
export const SectionNav = memo(function SectionNav({ interviewId, sections, progress, currentId }: Props) {
  const { t } = useTranslation(['app', 'interview']);
  return (
    <nav className="section-nav" aria-label={t('interview:screen.sections')}>
      <ol>
        {sections.map((s) => {
          const p = progress.get(s.id);
          return <NavItem key={s.id} interviewId={interviewId} section={s} answered={p?.answered} total={p?.total} current={s.id === currentId} t={t} />;
        })}
      </ol>
      <a className="nav-finish" href={hrefFor({ name: 'finish', id: interviewId })} aria-current={currentId === undefined ? 'page' : undefined}>
        {t('interview:finish.title')}
      </a>
    </nav>
  );
});

interface NavItemProps {
  interviewId: string;
  section: Section;
  answered: number | undefined;
  total: number | undefined;
  current: boolean;
  /** The nav's translator: a new one on a language change redraws every item. */
  t: TFunction<['app', 'interview']>;
}

/** One section's link; the first letter typed into a question redraws only its own section's count. */
const NavItem = memo(function NavItem({ interviewId, section, answered, total, current, t }: NavItemProps) {
  return (
    <li>
      <a href={hrefFor({ name: 'interview', id: interviewId, sectionId: section.id })} aria-current={current ? 'page' : undefined}>
        <Pictogram id={section.pictogram} size={22} />
        <span className="nav-title">{t(section.titleKey)}</span>
        {answered !== undefined && total !== undefined && (
          <span className="nav-count" aria-label={t('interview:screen.sectionProgress', { answered, count: total })}>
            {answered}/{total}
          </span>
        )}
      </a>
    </li>
  );
});
