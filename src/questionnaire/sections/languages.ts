import { group, q, section } from '../build';
import { YES_NO_IN_PROGRESS } from '../optionSets';

export const languagesSection = section('languages', 'speech', [
  q('languages.motherTongues', 'languages'),
  group('languages.other', { help: true }, (c) => [
    c('language', 'language'),
    c('cefr', 'cefr', { help: true }),
    c('whereLearned', 'shortText'),
  ]),
  q('languages.italianLevel', 'cefr', { help: true }),
  q('languages.italianCourse', 'singleChoice', { options: YES_NO_IN_PROGRESS }),
  q('languages.certificates', 'longText', { help: true }),
]);
