import { useTranslation } from 'react-i18next';
import { OPERATOR_LANGUAGE_KEY, useLanguageLoader } from '../../app/useLanguages';
import { useServices } from '../../app/ServicesContext';
import { operatorLanguages } from '../../i18n/languages';

export function OperatorLanguagePicker() {
  const { t, i18n } = useTranslation('app');
  const { store } = useServices();
  const { load } = useLanguageLoader();
  return (
    <label className="operator-language">
      {t('language.operator')}
      <select
        value={i18n.language}
        onChange={async (e) => {
          const code = e.target.value;
          await load(code);
          await i18n.changeLanguage(code);
          await store.setSetting(OPERATOR_LANGUAGE_KEY, code);
        }}
      >
        {operatorLanguages().map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </label>
  );
}
