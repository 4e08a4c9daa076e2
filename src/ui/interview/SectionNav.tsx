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
}, sameNav);

/** Typing recomputes progress on every key; the nav re-renders only when a count actually moved. */
function sameNav(a: Props, b: Props): boolean {
  if (a.interviewId !== b.interviewId || a.sections !== b.sections || a.currentId !== b.currentId) return false;
  if (a.progress === b.progress) return true;
  return a.sections.every((s) => {
    const x = a.progress.get(s.id);
    const y = b.progress.get(s.id);
    return x?.answered === y?.answered && x?.total === y?.total;
  });
}
