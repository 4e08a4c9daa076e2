import { useTranslation } from 'react-i18next';
import { OPERATOR_LANGUAGE_KEY, useLanguageLoader } from '../../app/useLanguages';
import { useServices } from '../../app/ServicesContext';
import { selectableOperatorLanguages } from '../../i18n/selectable';
import { LanguageOptions } from '../common/LanguageOptions';

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
        <LanguageOptions languages={selectableOperatorLanguages()} />
      </select>
    </label>
  );
}
