/** Version of the questionnaire, stamped on every interview; its own module so that creating an interview from the list does not load every section. */
export const QUESTIONNAIRE_VERSION = '2026.1';
