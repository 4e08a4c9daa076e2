/**
 * `npm run esco:import -- <folder> [--out <dir>] [--esco-version x.y.z] [--replace]`
 *
 * Reads the ESCO CSV download of one or more languages (the CSVs directly in <folder> or in its
 * sub-folders), and writes one compact JSON dataset per language plus manifest.json into
 * <dir> (default public/taxonomy), which the app fetches lazily and caches for offline use.
 * Everything is parsed and checked before the first write; the manifest is swapped last by
 * rename, so a failed or interrupted import leaves the previous dataset as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../src/domain/errors';
import { parseCliArgs } from './lib/cliArgs';
import { countsOf, DATASET_FORMAT, manifestSchema, type Manifest } from '../src/taxonomy/dataset';
import { buildLanguageDataset, ESCO_FILE_KINDS, escoFileName, parseEscoFileName, type EscoSource } from '../src/taxonomy/escoImport';

export interface ImportOptions {
  folder: string;
  out: string;
  escoVersion?: string;
  /** Drop languages of another ESCO version from the manifest instead of refusing. */
  replace?: boolean;
  now?: Date;
}

export interface ImportResult {
  manifest: Manifest;
  imported: string[];
}

export function runEscoImport(options: ImportOptions): ImportResult {
  const folder = resolve(options.folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new AppError('taxonomy:import.errors.noFolder', { file: folder });
  const escoVersion = options.escoVersion ?? versionFromPath(folder);
  if (!escoVersion) throw new AppError('taxonomy:import.errors.noVersion', { file: folder });

  const found = findFiles(folder);
  if (found.size === 0) throw new AppError('taxonomy:import.errors.noFiles', { file: folder });

  // Parse and validate every language first: nothing is written unless all of it is sound.
  const datasets = [...found].map(([lang, paths]) => {
    const source = {} as EscoSource;
    for (const kind of ESCO_FILE_KINDS) {
      const path = paths.get(kind);
      if (!path) throw new AppError('taxonomy:import.errors.missingFile', { file: join(folder, escoFileName(kind, lang)) });
      source[kind] = { name: basename(path), text: readFileSync(path, 'utf8') };
    }
    return buildLanguageDataset(lang, escoVersion, source);
  });

  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const manifestPath = join(out, 'manifest.json');
  let manifest: Manifest = { format: DATASET_FORMAT, escoVersion, languages: {} };
  if (existsSync(manifestPath)) {
    const previous = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (!previous.success) throw new AppError('taxonomy:import.errors.badManifest', { file: manifestPath });
    if (previous.data.escoVersion !== escoVersion && !options.replace) {
      throw new AppError('taxonomy:import.errors.versionMismatch', { file: manifestPath, value: previous.data.escoVersion, expected: escoVersion });
    }
    if (previous.data.escoVersion === escoVersion) manifest = { ...previous.data, languages: { ...previous.data.languages } };
  }

  const importedAt = (options.now ?? new Date()).toISOString();
  for (const dataset of datasets) {
    const json = JSON.stringify(dataset);
    const sha256 = createHash('sha256').update(json).digest('hex');
    const file = `esco-${escoVersion}-${dataset.lang}.${sha256.slice(0, 12)}.json`;
    writeAtomically(join(out, file), json);
    manifest.languages[dataset.lang] = { file, sha256, bytes: Buffer.byteLength(json), counts: countsOf(dataset), importedAt };
  }
  writeAtomically(manifestPath, JSON.stringify(manifest, null, 2) + '\n');

  // Only now that the new manifest is in place may files it no longer names go.
  const keep = new Set(Object.values(manifest.languages).map((l) => l.file));
  for (const name of readdirSync(out)) {
    if (/^esco-.*\.json$/.test(name) && !keep.has(name)) rmSync(join(out, name));
  }
  return { manifest, imported: datasets.map((d) => d.lang) };
}

function writeAtomically(path: string, content: string) {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

function versionFromPath(path: string): string | undefined {
  return /v?(\d+\.\d+\.\d+)/.exec(path)?.[1];
}

/** language → kind → path, from the folder itself and its direct sub-folders. */
function findFiles(folder: string): Map<string, Map<string, string>> {
  const found = new Map<string, Map<string, string>>();
  const visit = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < 1) visit(path, depth + 1);
      const parsed = entry.isFile() ? parseEscoFileName(entry.name) : undefined;
      if (!parsed) continue;
      if (!found.has(parsed.lang)) found.set(parsed.lang, new Map());
      found.get(parsed.lang)!.set(parsed.kind, path);
    }
  };
  visit(folder, 0);
  return found;
}

/** English text of an import error, from the same translation file the app uses. */
export function describeImportError(error: AppError): string {
  const messages = JSON.parse(readFileSync(resolve(import.meta.dirname, '../locales/en/taxonomy.json'), 'utf8')) as Record<string, unknown>;
  let node: unknown = messages;
  for (const part of error.code.replace(/^taxonomy:/, '').split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const template = typeof node === 'string' ? node : error.code;
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(error.params[key] ?? ''));
}

const USAGE = 'usage: npm run esco:import -- <folder> [--out <dir>] [--esco-version x.y.z] [--replace]';

function main(argv: string[]) {
  const { values, positionals } = parseCliArgs(
    argv,
    { out: { type: 'string', default: 'public/taxonomy' }, 'esco-version': { type: 'string' }, replace: { type: 'boolean', default: false } },
    USAGE,
  );
  const [folder] = positionals;
  if (!folder || positionals.length > 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const { out, replace } = values;
  const escoVersion = values['esco-version'];
  try {
    const { manifest, imported } = runEscoImport({ folder, out, escoVersion, replace });
    console.table(
      imported.map((lang) => ({ lang, ...manifest.languages[lang]!.counts, kB: Math.round(manifest.languages[lang]!.bytes / 1024) })),
    );
    console.log(`ESCO ${manifest.escoVersion}: ${Object.keys(manifest.languages).sort().join(', ')} in ${resolve(out)}`);
  } catch (e) {
    if (e instanceof AppError) {
      console.error(`esco:import: ${describeImportError(e)}`);
      console.error('The previous dataset was left unchanged.');
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
