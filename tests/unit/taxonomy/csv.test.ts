import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../../src/taxonomy/csv';

const rows = (text: string) => [...parseCsv(text)];

describe('CSV parser', () => {
  it('reads quoted fields spanning lines, escaped quotes and CRLF, with the line each record starts on', () => {
    const text = 'a,b,c\r\n1,"two\nlines","say ""hi"""\r\n3,,x\n';
    expect(rows(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'two\nlines', 'say "hi"'] },
      { line: 4, fields: ['3', '', 'x'] },
    ]);
  });

  it('ignores a byte order mark and blank lines', () => {
    expect(rows('\uFEFFa,b\n\n1,2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
    ]);
  });

  it('reports a quote that is never closed at the line where it opened', () => {
    const error = (() => {
      try {
        rows('a,b\n1,2\n3,"cut\nshort');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({ line: 3, reason: 'unterminatedQuote' });
  });

  it('rejects text after a closing quote', () => {
    expect(() => rows('a\n"x"y\n')).toThrow(expect.objectContaining({ line: 2, reason: 'textAfterQuote' }));
  });
});
