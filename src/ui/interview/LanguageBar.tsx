import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { intervieweeLanguages, selectableOperatorLanguages } from '../../i18n/selectable';
import { LanguageOptions, useLanguageSelectFonts } from '../common/LanguageOptions';
import './languageBar.css';

interface Props {
  operator: string;
  interviewee: string;
  onOperator: (code: string) => void;
  onInterviewee: (code: string) => void;
  showPrompts: boolean;
  onTogglePrompts: () => void;
}

/** Both languages can change at any moment; answers and position stay where they are. */
export const LanguageBar = memo(function LanguageBar({ operator, interviewee, onOperator, onInterviewee, showPrompts, onTogglePrompts }: Props) {
  const { t } = useTranslation('app');
  const languages = intervieweeLanguages();
  const draft = languages.find((l) => l.code === interviewee)?.reviewed === false;
  const loadFonts = useLanguageSelectFonts(interviewee, languages);
  return (
    <div className="language-bar">
      <label>
        {t('language.operator')}
        <select id="operator-language" value={operator} onChange={(e) => onOperator(e.target.value)}>
          <LanguageOptions languages={selectableOperatorLanguages()} />
        </select>
      </label>
      <label>
        {t('language.interviewee')}
        <select id="interviewee-language" value={interviewee} onChange={(e) => onInterviewee(e.target.value)} onFocus={loadFonts} onPointerDown={loadFonts}>
          <LanguageOptions languages={languages} />
        </select>
      </label>
      {draft && <span className="badge">{t('language.draftTranslation')}</span>}
      <button type="button" className="secondary" aria-pressed={showPrompts} onClick={onTogglePrompts}>
        {showPrompts ? t('interview:screen.prompt.hide') : t('interview:screen.prompt.show')}
      </button>
    </div>
  );
});
