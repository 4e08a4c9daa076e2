import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { profileDocumentJsonSchema } from '../src/domain/jsonSchema';

/** Writes (or with --check, verifies) the published JSON Schema of the interview export format. */
const target = fileURLToPath(new URL('../schema/profile-document.schema.json', import.meta.url));
const text = `${JSON.stringify(profileDocumentJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('schema/profile-document.schema.json is out of date: run npm run schema:json');
    process.exit(1);
  }
  console.log('JSON Schema is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
