import type { Condition, Questionnaire } from './types';
import { consentSection } from './sections/consent';
import { personalSection } from './sections/personal';
import { expectationsSection } from './sections/expectations';
import { languagesSection } from './sections/languages';
import { educationSection } from './sections/education';
import { literacySection } from './sections/literacy';
import { workSection } from './sections/work';
import { digitalSection } from './sections/digital';
import { drivingSection } from './sections/driving';
import { otherSkillsSection } from './sections/otherSkills';
import { adviserSection } from './sections/adviser';
import { QUESTIONNAIRE_VERSION } from './version';

/** The EU Skills Profile Tool for Third-Country Nationals, in the order the interview follows. */
export const SPT_QUESTIONNAIRE: Questionnaire = {
  id: 'eu-spt',
  version: QUESTIONNAIRE_VERSION,
  sections: [
    consentSection,
    personalSection,
    expectationsSection,
    languagesSection,
    educationSection,
    literacySection,
    workSection,
    digitalSection,
    drivingSection,
    otherSkillsSection,
    adviserSection,
  ],
};

export interface FinishRequirement {
  id: string;
  messageKey: string;
  sectionId: string;
  questionId: string;
  check: Condition;
}

/** What finishing requires; everything else is optional, as in the EU SPT. */
export const FINISH_REQUIREMENTS: readonly FinishRequirement[] = [
  { id: 'consent', messageKey: 'interview:finish.missing.consent', sectionId: 'consent', questionId: 'consent.given', check: { question: 'consent.given', equals: 'yes' } },
  {
    id: 'name',
    messageKey: 'interview:finish.missing.name',
    sectionId: 'personal',
    questionId: 'personal.firstName',
    check: { any: [{ question: 'personal.firstName', answered: true }, { question: 'personal.lastName', answered: true }, { question: 'personal.alias', answered: true }] },
  },
];
