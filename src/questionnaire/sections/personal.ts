import { group, q, section } from '../build';

const hasPermit = { question: 'personal.hasPermit', equals: 'yes' } as const;

export const personalSection = section('personal', 'person', [
  q('personal.firstName', 'shortText'),
  q('personal.lastName', 'shortText'),
  q('personal.alias', 'shortText', { help: true }),
  q('personal.sex', 'singleChoice', { options: ['female', 'male', 'other', 'notSaid'], optionPictograms: { female: 'female', male: 'male', other: 'genderOther', notSaid: 'notSaid' } }),
  q('personal.birthDate', 'date', { help: true }),
  q('personal.nationalities', 'countries'),
  q('personal.birthCountry', 'country'),
  q('personal.phone', 'shortText'),
  q('personal.email', 'shortText'),
  q('personal.arrivalDate', 'date'),
  q('personal.hasPermit', 'singleChoice', { options: ['yes', 'no', 'applied'], pictogram: 'document', optionPictograms: { yes: 'yes', no: 'no', applied: 'hourglass' } }),
  q('personal.permitType', 'singleChoice', {
    condition: hasPermit,
    options: ['asylum', 'subsidiaryProtection', 'specialProtection', 'asylumSeeker', 'temporaryProtection', 'work', 'family', 'study', 'other'],
    optionPictograms: { work: 'work', family: 'people', study: 'education', other: 'more' },
  }),
  q('personal.permitNumber', 'shortText', { condition: hasPermit }),
  q('personal.permitReason', 'shortText', { condition: hasPermit }),
  q('personal.permitExpiry', 'date', { condition: hasPermit }),
  q('personal.receptionCentre', 'shortText', { help: true }),
  group('personal.migrationPath', { help: true, pictogram: 'route' }, (c) => [
    c('country', 'country'),
    c('duration', 'duration'),
    c('activity', 'longText'),
  ]),
]);
