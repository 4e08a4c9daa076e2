import { q, section } from '../build';

export const otherSkillsSection = section('otherSkills', 'star', [
  q('otherSkills.transversal', 'skills', { help: true }),
  q('otherSkills.hobbies', 'longText'),
  q('otherSkills.volunteering', 'longText'),
  q('otherSkills.careWork', 'longText', { help: true }),
]);
