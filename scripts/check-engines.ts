import { readFileSync } from 'node:fs';
import { unsupportedEngines, type LockFile } from './lib/engineCheck';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const app = read('package.json') as { engines?: { node?: string } };
const range = app.engines?.node;
if (!range) {
  console.error('package.json has no engines.node: the Node versions the app supports must be declared.');
  process.exit(1);
}
const problems = unsupportedEngines(range, read('package-lock.json') as LockFile);
if (problems.length) {
  console.error(`Engine check failed: the app declares Node ${range}, but ${problems.length} locked package(s) do not support all of it:\n- ${problems.join('\n- ')}\nPick versions that do, or an npm override (package.json "overrides"), and say why in README.md.`);
  process.exit(1);
}
console.log(`Engine check passed: every locked package supports Node ${range}.`);
