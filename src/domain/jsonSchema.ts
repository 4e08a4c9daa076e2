import * as z from 'zod/mini';
import { profileDocumentSchema } from './profileDocument';

/** JSON Schema of the export/sync document, generated from the zod schema so the two cannot drift. */
export function profileDocumentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(profileDocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: 'https://skills-profile.example/schema/profile-document.schema.json',
    title: 'EU Skills Profile Tool interview (export, sync and PDF input)',
  };
}
