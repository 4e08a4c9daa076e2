import { q, section } from '../build';
import { YES_NO, YES_NO_IN_PROGRESS } from '../optionSets';

const hasLicence = { question: 'driving.hasLicence', equals: 'yes' } as const;

export const drivingSection = section('driving', 'car', [
  q('driving.hasLicence', 'singleChoice', { options: YES_NO }),
  q('driving.categories', 'multiChoice', {
    condition: hasLicence,
    options: ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C', 'CE', 'D1', 'D', 'DE'],
  }),
  q('driving.country', 'country', { condition: hasLicence }),
  q('driving.converted', 'singleChoice', { condition: hasLicence, options: YES_NO_IN_PROGRESS, help: true }),
  q('driving.otherLicences', 'longText', { help: true }),
]);
