import { group, q, section } from '../build';

/** The adviser's own part: filled by the operator, not asked to the person. */
export const adviserSection = section('adviser', 'adviser', [
  q('adviser.appraisal', 'longText', { help: true }),
  group('adviser.nextSteps', {}, (c) => [
    c('step', 'singleChoice', {
      options: ['italianCourse', 'skillsValidation', 'recognition', 'vocationalTraining', 'internship', 'jobClub', 'cpiReferral', 'jobSearch', 'other'],
    }),
    c('note', 'longText'),
    c('targetDate', 'date'),
  ]),
]);
