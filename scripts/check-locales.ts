import { fileURLToPath } from 'node:url';
import { checkLocales, readLocales } from './lib/localeCheck';
import { questionnaireKeys } from '../src/questionnaire/engine';
import { SPT_QUESTIONNAIRE } from '../src/questionnaire/questionnaire';
import { SOURCE_LANGUAGE } from '../src/i18n/languages';

const locales = readLocales(fileURLToPath(new URL('../locales', import.meta.url)));
const problems = checkLocales(locales, SOURCE_LANGUAGE);
const interview = locales.get(SOURCE_LANGUAGE)?.get('interview') ?? {};
for (const key of questionnaireKeys(SPT_QUESTIONNAIRE)) {
  const bare = key.replace(/^interview:/, '');
  if (!(bare in interview)) problems.push(`${SOURCE_LANGUAGE}/interview: questionnaire key ${bare} has no text`);
}
if (problems.length) {
  console.error(`Locale check failed (${problems.length} problems):\n- ${problems.slice(0, 100).join('\n- ')}`);
  process.exit(1);
}
console.log(`Locale check passed: ${locales.size} locales, ${[...(locales.get(SOURCE_LANGUAGE)?.keys() ?? [])].join(', ')}`);
