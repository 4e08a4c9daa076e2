import { describe, expect, it } from 'vitest';
import { SPT_QUESTIONNAIRE } from '../../../src/questionnaire/questionnaire';
import type { Question } from '../../../src/questionnaire/types';
import { PICTOGRAMS } from '../../../src/ui/common/pictograms';

const questions = SPT_QUESTIONNAIRE.sections.flatMap((s) => s.entries.flatMap((e): Question[] => (e.kind === 'group' ? [...e.questions] : [e])));
const closed = questions.filter((q) => q.input === 'singleChoice' || q.input === 'multiChoice');

describe('pictograms for people who read little', () => {
  it('gives every section a pictogram that exists', () => {
    for (const s of SPT_QUESTIONNAIRE.sections) expect(PICTOGRAMS[s.pictogram], s.id).toBeDefined();
  });

  it('only references pictograms that exist', () => {
    for (const q of questions) {
      if (q.pictogram) expect(PICTOGRAMS[q.pictogram], q.id).toBeDefined();
      for (const o of q.options ?? []) if (o.pictogram) expect(PICTOGRAMS[o.pictogram], `${q.id}/${o.id}`).toBeDefined();
    }
  });

  it('pictures every choice of the closed questions where an image helps (all but codes and long lists)', () => {
    const withoutImages = new Set(['driving.categories', 'personal.permitType', 'step', 'isced']);
    for (const q of closed) {
      if (withoutImages.has(q.id)) continue;
      for (const o of q.options ?? []) expect(o.pictogram, `${q.id}/${o.id}`).toBeDefined();
    }
  });

  it('draws each pictogram with a valid SVG path of its own', () => {
    const paths = Object.values(PICTOGRAMS);
    for (const d of paths) expect(d).toMatch(/^M[\d\s.,\-MLHVCSQTAZmlhvcsqtaz]+$/);
  });
});
