import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileDocumentSchema } from '../../src/domain/profileDocument';
import { SPT_QUESTIONNAIRE } from '../../src/questionnaire/questionnaire';
import { questionForPath } from '../../src/questionnaire/engine';
import { valueTypeOf } from '../../src/questionnaire/types';

const dir = join(__dirname, '../../examples/profiles');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('example profiles', () => {
  it('ship the Arabic-, Tigrinya- and Ukrainian-speaking examples', () => {
    expect(files).toEqual(expect.arrayContaining(['arabic-speaker.json', 'tigrinya-speaker.json', 'ukrainian-speaker.json']));
  });

  describe.each(files)('%s', (file) => {
    const doc = profileDocumentSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));

    it('uses only answer paths the questionnaire knows, each with the value type of its input', () => {
      for (const answer of doc.answers) {
        const question = questionForPath(SPT_QUESTIONNAIRE, answer.path);
        expect(question, answer.path).toBeDefined();
        const expected = question!.kind === 'group' ? 'repeat' : valueTypeOf(question!.input);
        expect(answer.value.type, answer.path).toBe(expected);
      }
    });

    it('has an answer for every group item it lists, and no item outside its group list', () => {
      const items = new Map<string, readonly string[]>();
      for (const a of doc.answers) if (a.value.type === 'repeat') items.set(a.path, a.value.value);
      for (const a of doc.answers) {
        const at = a.path.indexOf('@');
        if (at === -1) continue;
        const groupId = a.path.slice(0, at);
        const itemId = a.path.slice(at + 1, a.path.indexOf('.', at));
        expect(items.get(groupId), a.path).toContain(itemId);
      }
      for (const [groupId, ids] of items) {
        for (const id of ids) expect(doc.answers.some((a) => a.path.startsWith(`${groupId}@${id}.`)), `${groupId}@${id}`).toBe(true);
      }
    });

    it('records consent before any other answer, in the interviewee language of the interview', () => {
      expect(doc.answers[0]).toMatchObject({ path: 'consent.given', value: { type: 'choice', value: 'yes' } });
      const ownLanguage = doc.answers.filter((a) => a.language === doc.interview.intervieweeLanguage);
      expect(ownLanguage.length).toBeGreaterThan(0);
      for (const a of doc.answers) if (a.translation) expect(a.translation.language).toBe('it');
    });
  });
});
