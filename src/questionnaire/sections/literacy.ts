import { q, section } from '../build';
import { ABILITY } from '../optionSets';

export const literacySection = section('literacy', 'literacy', [
  q('literacy.readsOwn', 'singleChoice', { options: ABILITY }),
  q('literacy.writesOwn', 'singleChoice', { options: ABILITY }),
  q('literacy.latinAlphabet', 'singleChoice', { options: ABILITY, help: true }),
  q('literacy.numeracy', 'singleChoice', { options: ABILITY, help: true }),
  q('literacy.schoolYears', 'number', { min: 0, max: 30 }),
]);
