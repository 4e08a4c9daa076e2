import { group, section } from '../build';

export const workSection = section('work', 'work', [
  group('work.experience', { help: true }, (c) => [
    c('occupation', 'occupation', { help: true }),
    c('country', 'country'),
    c('start', 'date'),
    c('end', 'date'),
    c('duration', 'duration', { help: true }),
    c('employmentType', 'singleChoice', { options: ['employee', 'selfEmployed', 'familyBusiness', 'informal', 'apprenticeship'],
      optionPictograms: { employee: 'work', selfEmployed: 'shop', familyBusiness: 'home', informal: 'handshake', apprenticeship: 'tools' },
    }),
    c('tasks', 'longText'),
    c('tools', 'longText'),
    c('references', 'singleChoice', { options: ['documents', 'contact', 'none'], optionPictograms: { documents: 'document', contact: 'phone', none: 'no' } }),
  ]),
]);
