import { group, section } from '../build';
import { DOCUMENTS, ISCED_LEVELS, YES_NO, YES_NO_IN_PROGRESS } from '../optionSets';

export const educationSection = section('education', 'education', [
  group('education.entries', { help: true }, (c) => [
    c('isced', 'singleChoice', { options: ISCED_LEVELS, help: true }),
    c('field', 'shortText'),
    c('country', 'country'),
    c('institution', 'shortText'),
    c('years', 'number', { min: 0, max: 30 }),
    c('endYear', 'number', { min: 1940, max: 2100 }),
    c('completed', 'singleChoice', { options: YES_NO_IN_PROGRESS }),
    c('documents', 'singleChoice', { options: DOCUMENTS, pictogram: 'document' }),
    c('recognised', 'singleChoice', { options: YES_NO_IN_PROGRESS }),
  ]),
  group('education.courses', {}, (c) => [
    c('title', 'shortText'),
    c('provider', 'shortText'),
    c('country', 'country'),
    c('duration', 'duration'),
    c('hours', 'number', { min: 0, max: 10_000 }),
    c('certificate', 'singleChoice', { options: YES_NO }),
  ]),
]);
