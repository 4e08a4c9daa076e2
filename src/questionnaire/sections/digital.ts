import { q, section } from '../build';

export const digitalSection = section('digital', 'digital', [
  q('digital.devices', 'multiChoice', {
    options: ['smartphone', 'computer', 'tablet', 'none'],
    optionPictograms: { smartphone: 'smartphone', computer: 'computer', tablet: 'tablet', none: 'no' },
  }),
  q('digital.skills', 'levels', {
    items: ['messaging', 'search', 'email', 'onlineForms', 'videoCalls', 'documents', 'spreadsheets', 'safety'],
  }),
  q('digital.escoSkills', 'skills', { help: true }),
]);
