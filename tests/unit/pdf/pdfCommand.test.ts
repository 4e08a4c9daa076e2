// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STACK_FRAME, TSX, runScript } from '../../support/runScript';

/**
 * Runs `npm run pdf` (scripts/pdf.ts) on the example profiles and reads the result back with
 * poppler (pdffonts, pdftotext, pdftoppm), as a CPI operator copying text out of the PDF would.
 */
const OUT = join('test-artifacts', 'pdf');

function makePdf(name: string, profile: string, ...args: string[]): string {
  const file = join(OUT, `${name}.pdf`);
  execFileSync(TSX, ['scripts/pdf.ts', `examples/profiles/${profile}.json`, file, '--org', 'SAI Roma Capitale', ...args], { stdio: 'pipe' });
  // Kept as test artefacts for a human look at shaping and layout.
  execFileSync('pdftoppm', ['-r', '72', '-png', file, join(OUT, name)]);
  return file;
}

/**
 * pdftotext's default mode gives right-to-left lines in logical order (-raw keeps visual word
 * order); it wraps right-to-left runs in embedding controls, which are dropped: the words themselves must be untouched.
 */
const text = (file: string, ...args: string[]) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e\u200e\u200f]/g, '');
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

const files: Record<string, string> = {};

beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
  files.arabicCpi = makePdf('arabic-cpi-bilingual', 'arabic-speaker', '--copy', 'cpi', '--second-lang', 'ar');
  files.arabicPerson = makePdf('arabic-person', 'arabic-speaker', '--copy', 'person');
  files.tigrinyaCpi = makePdf('tigrinya-cpi', 'tigrinya-speaker', '--copy', 'cpi');
  files.ukrainianPerson = makePdf('ukrainian-person', 'ukrainian-speaker', '--copy', 'person');
}, 240_000);

const SAP_ORDER = [
  'Dati anagrafici',
  'Permesso di soggiorno',
  'Esperienze lavorative',
  'Istruzione e formazione',
  'Corsi di formazione professionale',
  'Conoscenze linguistiche',
  'Competenze digitali',
  'Patenti e abilitazioni',
  'Aspettative e disponibilità',
  'Valutazione dell’operatore',
  'Prossimi passi',
  'Consenso al trattamento dei dati',
];

describe('npm run pdf', () => {
  it('embeds every font it uses', () => {
    for (const file of Object.values(files)) {
      const rows = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(rows.length, file).toBeGreaterThan(0);
      for (const row of rows) expect(row.split(/\s+/).at(-5), `${file}: ${row}`).toBe('yes');
    }
  });

  it('puts the Italian section titles in the order of the Scheda Anagrafica Professionale', () => {
    const t = text(files.arabicCpi!);
    const positions = SAP_ORDER.map((title) => t.indexOf(title));
    positions.forEach((p, i) => expect(p, SAP_ORDER[i]).toBeGreaterThanOrEqual(0));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('extracts the Arabic and Tigrinya names exactly as typed', () => {
    for (const file of [files.arabicCpi!, files.arabicPerson!]) {
      const t = text(file);
      expect(t).toContain('أحمد');
      expect(t).toContain('عثمان إبراهيم');
    }
    const ti = text(files.tigrinyaCpi!);
    expect(ti).toContain('ሰላም (Selam)');
    expect(ti).toContain('ተስፋይ ገብረሂወት (Tesfay Gebrehiwet)');
    const uk = text(files.ukrainianPerson!);
    expect(uk).toContain('Олена');
    expect(uk).toContain('Коваленко');
  });

  it('writes dates day/month/year with their digits in order, also in the right-to-left copy', () => {
    for (const file of [files.arabicCpi!, files.arabicPerson!]) {
      const t = text(file);
      expect(t).toContain('14/06/2023');
      expect(t).toContain('31/03/2028');
      expect(t).toContain('03/2014');
      expect(t).not.toContain('3202');
    }
  });

  it('labels the bilingual CPI copy in Italian and in Arabic', () => {
    const t = text(files.arabicCpi!);
    expect(t).toContain('Dati anagrafici');
    expect(t).toContain('البيانات الشخصية');
    // Lam-alef ligatures and letters drawn from a shared skeleton copy as typed.
    expect(t).toContain('الاسم الأول');
    expect(t).toContain('المهني');
    expect(t).toContain('Esperienze lavorative');
    expect(t).toContain('Traduzione del mediatore');
  });

  it('gives the person a copy in their own language, with the free text as they said it', () => {
    const t = text(files.arabicPerson!);
    expect(t).toContain('البيانات الشخصية');
    expect(t).not.toContain('Dati anagrafici');
    expect(t).toContain('كرة القدم');
  });

  it('marks a draft as a draft on every page, and only a draft', () => {
    const draft = text(files.tigrinyaCpi!);
    expect(draft.split('BOZZA – il colloquio non è concluso').length - 1).toBe(pages(files.tigrinyaCpi!));
    expect(text(files.arabicCpi!)).not.toContain('BOZZA');
  });

  it('numbers pages "n / N" and carries the ESCO attribution', () => {
    for (const file of Object.values(files)) {
      const n = pages(file);
      const t = text(file, '-layout');
      // pdftotext may drop the spaces around the slash; the rendered PNGs show "n / N".
      expect(t).toMatch(new RegExp(`(^|\\s)1 ?/ ?${n}(\\s|$)`, 'm'));
      expect(t).toMatch(new RegExp(`(^|\\s)${n} ?/ ?${n}(\\s|$)`, 'm'));
      expect(t.split('This service uses the ESCO classification of the European Commission.').length - 1).toBe(n);
    }
  });

  it('lists occupations with ESCO URI and ISCO-08 code, and leaves unanswered sections marked "not asked"', () => {
    const t = text(files.arabicCpi!);
    expect(t).toContain('http://data.europa.eu/esco/occupation/05f321f8-055b-407d-bf19-e0ddabda56b7');
    expect(t).toContain('Codice ISCO-08: 7112');
    const draft = text(files.tigrinyaCpi!);
    // The draft has no adviser part yet.
    expect(draft).toMatch(/Valutazione dell’operatore\s+Non rilevato/);
  });
});

describe('npm run pdf with bad input', () => {
  const run = (...args: string[]) => runScript('scripts/pdf.ts', ...args);

  it('prints how to call it for --help, and for an unknown option names the option, without a stack trace', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run pdf -- <profile\.json> <out\.pdf>/);
    const unknown = run('--bogus', 'x');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--bogus'.");
    expect(unknown.stderr).toContain('usage: npm run pdf');
    expect(unknown.stderr).not.toMatch(STACK_FRAME);
  });

  it('names the file and what is wrong with it, and writes no PDF', () => {
    mkdirSync(OUT, { recursive: true });
    const notJson = join(OUT, 'not-json.json');
    const notProfile = join(OUT, 'not-a-profile.json');
    writeFileSync(notJson, 'interview: yes');
    writeFileSync(notProfile, JSON.stringify({ interview: {} }));
    const out = join(OUT, 'never-written.pdf');
    const a = run(notJson, out);
    expect(a.status).toBe(1);
    expect(a.stderr).toContain(`${notJson} cannot be read as JSON`);
    const b = run(notProfile, out);
    expect(b.status).toBe(1);
    expect(b.stderr).toContain(`${notProfile} is not a profile document`);
    expect(b.stderr).toContain('→ at formatVersion');
    expect(existsSync(out)).toBe(false);
  });
});
