import { q, section } from '../build';

export const expectationsSection = section('expectations', 'target', [
  q('expectations.goals', 'multiChoice', {
    options: ['job', 'selfEmployment', 'italianCourse', 'training', 'recognition', 'integrationCourse', 'other'],
    optionPictograms: { job: 'work', italianCourse: 'speech', training: 'education', recognition: 'document' },
  }),
  q('expectations.goalsOther', 'shortText', { condition: { question: 'expectations.goals', includes: 'other' } }),
  q('expectations.desiredOccupation', 'occupation', { help: true }),
  q('expectations.availability', 'singleChoice', { options: ['now', 'withinMonth', 'later', 'notAvailable'] }),
  q('expectations.workingTime', 'multiChoice', { options: ['fullTime', 'partTime', 'shifts', 'weekends'] }),
  q('expectations.willingToMove', 'singleChoice', { options: ['yes', 'withinRegion', 'no'] }),
  q('expectations.notes', 'longText'),
]);
