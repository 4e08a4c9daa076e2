import { optionSet } from './build';

export const YES_NO = optionSet('yesNo', ['yes', 'no'], { yes: 'yes', no: 'no' });
export const YES_NO_IN_PROGRESS = optionSet('yesNoInProgress', ['yes', 'no', 'inProgress'], { yes: 'yes', no: 'no', inProgress: 'hourglass' });
export const ABILITY = optionSet('ability', ['well', 'withDifficulty', 'no'], { well: 'yes', withDifficulty: 'wave', no: 'no' });
export const DOCUMENTS = optionSet('documents', ['original', 'copy', 'none'], { original: 'document', copy: 'camera', none: 'no' });
export const ISCED_LEVELS = optionSet('isced', ['0', '1', '2', '3', '4', '5', '6', '7', '8']);
