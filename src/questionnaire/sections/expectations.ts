import { q, section } from '../build';

export const expectationsSection = section('expectations', 'target', [
  q('expectations.goals', 'multiChoice', {
    options: ['job', 'selfEmployment', 'italianCourse', 'training', 'recognition', 'integrationCourse', 'other'],
    optionPictograms: { job: 'work', selfEmployment: 'shop', italianCourse: 'speech', training: 'education', recognition: 'document', integrationCourse: 'people', other: 'more' },
  }),
  q('expectations.goalsOther', 'shortText', { condition: { question: 'expectations.goals', includes: 'other' } }),
  q('expectations.desiredOccupation', 'occupation', { help: true }),
  q('expectations.availability', 'singleChoice', { options: ['now', 'withinMonth', 'later', 'notAvailable'], optionPictograms: { now: 'now', withinMonth: 'calendar', later: 'calendarLater', notAvailable: 'no' } }),
  q('expectations.workingTime', 'multiChoice', { options: ['fullTime', 'partTime', 'shifts', 'weekends'], optionPictograms: { fullTime: 'clockFull', partTime: 'clockHalf', shifts: 'moon', weekends: 'calendar' } }),
  q('expectations.willingToMove', 'singleChoice', { options: ['yes', 'withinRegion', 'no'], optionPictograms: { yes: 'move', withinRegion: 'pin', no: 'no' } }),
  q('expectations.notes', 'longText'),
]);
