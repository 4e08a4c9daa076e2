import { CEFR_SKILLS, type CefrSkill } from '../domain/codes';

/**
 * ISCED 2011 levels and CEFR self-assessment descriptors. Their plain-language texts live in the
 * `taxonomy` namespace (written for this project, in every interview language); these helpers
 * give the keys, so screens and the PDF use the same wording.
 */
export const ISCED_LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
export type IscedLevel = (typeof ISCED_LEVELS)[number];

export const iscedKeys = (level: IscedLevel) => ({
  name: `taxonomy:isced.level${level}.name`,
  description: `taxonomy:isced.level${level}.description`,
});

/** The six CEFR levels with descriptors ('none' is an answer, not a level). */
export const CEFR_GRID_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CefrGridLevel = (typeof CEFR_GRID_LEVELS)[number];

export { CEFR_SKILLS, type CefrSkill };

export const cefrSkillKey = (skill: CefrSkill) => `taxonomy:cefr.skill.${skill}`;
export const cefrLevelKey = (level: CefrGridLevel) => `taxonomy:cefr.level.${level}`;
export const cefrDescriptorKey = (skill: CefrSkill, level: CefrGridLevel) => `taxonomy:cefr.descriptor.${skill}.${level}`;

export const ESCO_ATTRIBUTION_KEY = 'app:common.escoAttribution';
