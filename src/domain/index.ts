export * from './codes';
export * from './answerValue';
export * from './answer';
export * from './interview';
export * from './profileDocument';
export * from './errors';
