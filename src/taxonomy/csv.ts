/**
 * RFC 4180 CSV as the ESCO portal publishes it: comma separated, double-quoted fields that may
 * span several lines (multi-line `altLabels`), `""` as an escaped quote, LF or CRLF line ends.
 * Every record carries the physical line it starts on so that an error can point at it.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: 'unterminatedQuote' | 'textAfterQuote',
  ) {
    super(`${reason} at line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

export function* parseCsv(text: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        const quoteLine = line;
        let out = '';
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw new CsvSyntaxError(quoteLine, 'unterminatedQuote');
          line += countNewlines(text, i, q);
          if (text.charCodeAt(q + 1) === 34) {
            out += text.slice(from, q + 1);
            i = from = q + 2;
            continue;
          }
          out += text.slice(from, q);
          i = q + 1;
          break;
        }
        const c = text.charCodeAt(i);
        if (i < n && c !== 44 && c !== 10 && c !== 13) throw new CsvSyntaxError(line, 'textAfterQuote');
        value = out;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 13) i++;
      if (text.charCodeAt(i) === 10) i++;
      line++;
      break;
    }
    // A blank line (e.g. the trailing newline at the end of the file) is not a record.
    if (fields.length === 1 && fields[0] === '') continue;
    yield { line: startLine, fields };
  }
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) count++;
  return count;
}
