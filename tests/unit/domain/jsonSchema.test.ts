import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profileDocumentJsonSchema } from '../../../src/domain/jsonSchema';

describe('published JSON Schema', () => {
  it('matches the zod schema (regenerate with npm run schema:json)', () => {
    const published = JSON.parse(readFileSync('schema/profile-document.schema.json', 'utf8'));
    expect(published).toEqual(JSON.parse(JSON.stringify(profileDocumentJsonSchema())));
    expect(published.properties.answers.type).toBe('array');
  });
});
