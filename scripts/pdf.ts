/**
 * The profile PDF from the command line, with the same code the browser runs:
 *   npm run pdf -- <profile.json> <out.pdf> [--lang it] [--second-lang ar] [--copy cpi|person] [--org "Name"] [--tz Europe/Rome]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { profileDocumentSchema, type ProfileDocument } from '../src/domain/profileDocument';
import { SPT_QUESTIONNAIRE } from '../src/questionnaire/questionnaire';
import { loadPdfTexts } from '../src/pdf/node/texts';
import { renderProfilePdf } from '../src/pdf/render';
import { PDF_FONT_FILES } from '../src/pdf/fonts';
import { PDF_FONTS_DIR, generatePdfFonts } from './pdf-fonts';
import { parseCliArgs } from './lib/cliArgs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface PdfCommand {
  input: string;
  output: string;
  lang?: string;
  secondLang?: string;
  copy: 'cpi' | 'person';
  organisation?: string;
  timeZone: string;
  generatedAt?: Date;
}

/** The profile to print, or an error that names the file and what is wrong with it. */
function readProfile(file: string): ProfileDocument {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file} cannot be read as JSON: ${(e as Error).message}`);
  }
  const parsed = profileDocumentSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a profile document (an interview exported as JSON):\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function writeProfilePdf(cmd: PdfCommand): Promise<number> {
  const doc = readProfile(cmd.input);
  await generatePdfFonts();
  const texts = await loadPdfTexts(join(ROOT, 'locales'));
  const blob = await renderProfilePdf({
    doc,
    questionnaire: SPT_QUESTIONNAIRE,
    texts,
    options: {
      copy: cmd.copy,
      ...(cmd.lang ? { lang: cmd.lang } : {}),
      ...(cmd.secondLang ? { secondLang: cmd.secondLang } : {}),
      ...(cmd.organisation ? { organisation: cmd.organisation } : {}),
      generatedAt: cmd.generatedAt ?? new Date(),
      timeZone: cmd.timeZone,
    },
    fontSrc: (f) => join(PDF_FONTS_DIR, f.file),
    loadSampleFont: async () => readFileSync(join(PDF_FONTS_DIR, PDF_FONT_FILES[0]!.file)),
  });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  writeFileSync(cmd.output, bytes);
  return bytes.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const usage = 'usage: npm run pdf -- <profile.json> <out.pdf> [--lang it] [--second-lang ar] [--copy cpi|person] [--org "Organisation"] [--tz Europe/Rome]';
  const { values, positionals } = parseCliArgs(
    process.argv.slice(2),
    {
      lang: { type: 'string' },
      'second-lang': { type: 'string' },
      copy: { type: 'string', default: 'cpi' },
      org: { type: 'string' },
      tz: { type: 'string', default: 'Europe/Rome' },
    },
    usage,
  );
  const [input, output] = positionals;
  if (!input || !output || (values.copy !== 'cpi' && values.copy !== 'person')) {
    console.error(usage);
    process.exit(2);
  }
  try {
    const size = await writeProfilePdf({
      input,
      output,
      copy: values.copy,
      timeZone: values.tz!,
      ...(values.lang ? { lang: values.lang } : {}),
      ...(values['second-lang'] ? { secondLang: values['second-lang'] } : {}),
      ...(values.org ? { organisation: values.org } : {}),
    });
    console.log(`${output}: ${Math.round(size / 1024)} KiB`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
