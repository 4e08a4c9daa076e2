// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STACK_FRAME, runScript } from '../../support/runScript';

const run = (...args: string[]) => runScript('scripts/esco-import.ts', ...args);

describe('npm run esco:import, called wrongly', () => {
  it('prints how to call it for --help', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run esco:import -- <folder>/);
  });

  it('names an unknown option, or one missing its value, and shows how to call it', () => {
    for (const [args, message] of [
      [['some-folder', '--bogus'], "Unknown option '--bogus'."],
      [['some-folder', '--out'], "Option '--out <value>' argument missing."],
    ] as const) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('usage: npm run esco:import');
      expect(r.stderr).not.toMatch(STACK_FRAME);
    }
  });
});
