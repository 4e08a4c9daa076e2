import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/route';
import { useCreateInterview } from '../../app/queries';
import { useServices } from '../../app/ServicesContext';
import { intervieweeLanguages } from '../../i18n/selectable';
import { LanguageOptions, useLanguageSelectFonts } from '../common/LanguageOptions';
import { errorText } from '../security/errorText';

export function NewInterviewForm() {
  const { t, i18n } = useTranslation('app');
  const { operatorId } = useServices();
  const create = useCreateInterview();
  const [language, setLanguage] = useState(i18n.language);
  const languages = intervieweeLanguages();
  const loadFonts = useLanguageSelectFonts(language, languages);
  return (
    <form
      className="card new-interview"
      onSubmit={(e) => {
        e.preventDefault();
        if (create.isPending) return;
        create.mutate(
          { operatorId, operatorLanguage: i18n.language, intervieweeLanguage: language },
          { onSuccess: (interview) => navigate({ name: 'interview', id: interview.id, sectionId: 'consent' }) },
        );
      }}
    >
      <h2>{t('list.new.title')}</h2>
      <label>
        {t('list.new.language')}
        <select value={language} onChange={(e) => setLanguage(e.target.value)} onFocus={loadFonts} onPointerDown={loadFonts}>
          <LanguageOptions languages={languages} />
        </select>
      </label>
      <button type="submit" aria-disabled={create.isPending || undefined}>
        {t('list.new.action')}
      </button>
      {/* A full or closed store refuses the new interview: said here, not silently ignored. */}
      {create.isError && (
        <p role="alert" className="error">
          {errorText(t, create.error)}
        </p>
      )}
    </form>
  );
}
