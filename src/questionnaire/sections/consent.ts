import { q, section } from '../build';
import { YES_NO } from '../optionSets';

/** Consent comes first: no personal answer may be stored before `consent.given` is "yes". */
export const consentSection = section('consent', 'consent', [
  q('consent.given', 'singleChoice', { required: true, personal: false, help: true, options: YES_NO }),
  q('consent.explainedIn', 'language', { personal: false }),
  q('consent.mediator', 'shortText', { personal: false, help: true }),
  q('consent.shareWithCpi', 'singleChoice', { personal: false, options: YES_NO }),
]);
