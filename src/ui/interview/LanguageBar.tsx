import { useTranslation } from 'react-i18next';
import { LANGUAGES, operatorLanguages } from '../../i18n/languages';

interface Props {
  operator: string;
  interviewee: string;
  onOperator: (code: string) => void;
  onInterviewee: (code: string) => void;
  showPrompts: boolean;
  onTogglePrompts: () => void;
}

/** Both languages can change at any moment; answers and position stay where they are. */
export function LanguageBar({ operator, interviewee, onOperator, onInterviewee, showPrompts, onTogglePrompts }: Props) {
  const { t } = useTranslation('app');
  const draft = LANGUAGES.find((l) => l.code === interviewee)?.reviewed === false;
  return (
    <div className="language-bar">
      <label>
        {t('language.operator')}
        <select value={operator} onChange={(e) => onOperator(e.target.value)}>
          {operatorLanguages().map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.nativeName}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('language.interviewee')}
        <select value={interviewee} onChange={(e) => onInterviewee(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.nativeName}
            </option>
          ))}
        </select>
      </label>
      {draft && <span className="badge">{t('language.draftTranslation')}</span>}
      <button type="button" className="secondary" aria-pressed={showPrompts} onClick={onTogglePrompts}>
        {showPrompts ? t('interview.prompt.hide') : t('interview.prompt.show')}
      </button>
    </div>
  );
}
