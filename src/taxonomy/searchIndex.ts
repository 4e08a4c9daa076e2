import { tokenize } from './normalize';

/**
 * Label search for occupations, ISCO-08 groups and skills, in any number of languages at once.
 * Pure data and arithmetic (no DOM), so it runs on the main thread or in a Web Worker.
 *
 * Labels are split into folded words; the sorted vocabulary of those words lets a query word
 * match exactly, as a prefix (binary search on the sorted range) or with one or two typos
 * (bounded edit distance). A concept matches when one of its labels contains every query word.
 */

export type LabelKind = 'preferred' | 'alt' | 'hidden';

export interface IndexConcept {
  /** ESCO URI, or for the default dataset the ESCO URI of the ISCO-08 group. */
  uri: string;
  kind: 'occupation' | 'iscoGroup' | 'skill';
  /** ISCO-08 code: the unit group of an occupation, or the group's own code. */
  iscoCode?: string;
  /** Preferred label per language. */
  labels: Record<string, string>;
}

export interface IndexLabelInput {
  text: string;
  lang: string;
  kind: LabelKind;
}

export interface SearchHit {
  concept: IndexConcept;
  score: number;
  /** The label that matched best, to show why a hit came up when it is not the preferred one. */
  matched: { text: string; lang: string; kind: LabelKind };
}

export interface SearchOptions {
  limit?: number;
  /** Only concepts of these kinds. */
  kinds?: readonly IndexConcept['kind'][];
}

const KIND_CODE: Record<LabelKind, number> = { preferred: 0, alt: 1, hidden: 2 };
const KIND_OF: LabelKind[] = ['preferred', 'alt', 'hidden'];
const MAX_QUERY_WORDS = 8;

// Match quality of one query word against one label word.
const EXACT = 4;
const PREFIX = 3;
const TYPO1 = 2;
const TYPO2 = 1;

export class SearchIndex {
  readonly concepts: IndexConcept[] = [];
  private readonly langs: string[] = [];
  private labelText: string[] = [];
  private labelConcept: number[] = [];
  private labelMeta: number[] = []; // kind code | lang index << 2
  private labelTokenStart = new Int32Array(0);
  private labelTokens = new Int32Array(0);
  private vocab: string[] = [];
  private postings: Int32Array[] = [];
  private conceptBoost: number[] = [];
  private building: Map<string, number[]> | undefined = new Map();
  private pendingWords: string[][] = [];
  private stamp = new Uint32Array(0);
  private stampValue = 0;
  private markCache = new Map<string, Uint8Array>();

  /** `boost` orders otherwise equal hits, e.g. occupations before broad ISCO major groups. */
  add(concept: IndexConcept, labels: readonly IndexLabelInput[], boost = 0): void {
    const building = this.building;
    if (!building) throw new Error('SearchIndex is frozen');
    const conceptId = this.concepts.push(concept) - 1;
    this.conceptBoost.push(boost);
    const seen = new Set<string>();
    for (const label of labels) {
      const dedupe = `${label.lang}\u0000${label.text}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const words = tokenize(label.text).slice(0, 64);
      if (words.length === 0) continue;
      let lang = this.langs.indexOf(label.lang);
      if (lang < 0) lang = this.langs.push(label.lang) - 1;
      const labelId = this.labelText.push(label.text) - 1;
      this.labelConcept.push(conceptId);
      this.labelMeta.push(KIND_CODE[label.kind] | (lang << 2));
      for (const w of words) {
        let list = building.get(w);
        if (!list) building.set(w, (list = []));
        if (list[list.length - 1] !== labelId) list.push(labelId);
      }
      // Word ids are assigned once the vocabulary is sorted; keep the words until then.
      this.pendingWords.push(words);
    }
  }

  /** Sorts the vocabulary and packs the postings; called by the first search. */
  freeze(): this {
    const building = this.building;
    if (!building) return this;
    this.vocab = [...building.keys()].sort();
    const idOf = new Map<string, number>();
    this.vocab.forEach((w, i) => idOf.set(w, i));
    this.postings = this.vocab.map((w) => Int32Array.from(building.get(w)!));
    const words = this.pendingWords;
    let total = 0;
    for (const list of words) total += list.length;
    this.labelTokenStart = new Int32Array(words.length + 1);
    this.labelTokens = new Int32Array(total);
    let at = 0;
    words.forEach((list, i) => {
      this.labelTokenStart[i] = at;
      for (const w of list) this.labelTokens[at++] = idOf.get(w)!;
    });
    this.labelTokenStart[words.length] = at;
    this.stamp = new Uint32Array(this.labelText.length);
    this.building = undefined;
    this.pendingWords = [];
    return this;
  }

  /** Forgets the per-word matches kept between keystrokes (benchmarks measure cold words). */
  clearCache(): void {
    this.markCache.clear();
  }

  get size() {
    return { concepts: this.concepts.length, labels: this.labelText.length, words: this.vocab.length };
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    this.freeze();
    const limit = options.limit ?? 20;
    const words = tokenize(query).slice(0, MAX_QUERY_WORDS);
    if (words.length === 0) return [];
    // The word being typed may be incomplete; finished words are matched as prefixes too.
    const marks = words.map((w, i) => this.marksFor(w, i === words.length - 1 && !/\s$/.test(query)));

    // Drive the search from the rarest query word; check the others on each candidate label.
    let driver = 0;
    let driverCost = Infinity;
    marks.forEach((m, i) => {
      let cost = 0;
      for (let t = 0; t < m.length; t++) if (m[t]) cost += this.postings[t]!.length;
      if (cost < driverCost) [driver, driverCost] = [i, cost];
    });

    const best = new Map<number, { score: number; label: number }>();
    const stampValue = ++this.stampValue;
    if (stampValue === 0xffffffff) this.stamp.fill(0);
    const driverMarks = marks[driver]!;
    const kinds = options.kinds;
    for (let t = 0; t < driverMarks.length; t++) {
      if (!driverMarks[t]) continue;
      const list = this.postings[t]!;
      for (let p = 0; p < list.length; p++) {
        const label = list[p]!;
        if (this.stamp[label] === stampValue) continue;
        this.stamp[label] = stampValue;
        const concept = this.labelConcept[label]!;
        if (kinds && !kinds.includes(this.concepts[concept]!.kind)) continue;
        const score = this.scoreLabel(label, marks);
        if (score < 0) continue;
        const total = score + this.conceptBoost[concept]!;
        const prev = best.get(concept);
        if (!prev || total > prev.score) best.set(concept, { score: total, label });
      }
    }

    const ranked = [...best].sort((a, b) => b[1].score - a[1].score || this.tieBreak(a[1].label, b[1].label)).slice(0, limit);
    return ranked.map(([concept, { score, label }]) => {
      const meta = this.labelMeta[label]!;
      return {
        concept: this.concepts[concept]!,
        score,
        matched: { text: this.labelText[label]!, lang: this.langs[meta >> 2]!, kind: KIND_OF[meta & 3]! },
      };
    });
  }

  private tieBreak(a: number, b: number): number {
    return this.labelText[a]!.length - this.labelText[b]!.length || (this.labelText[a]! < this.labelText[b]! ? -1 : 1);
  }

  /**
   * Every query word must match some word of the label, else -1. The score rewards exact words,
   * labels starting with the first query word, the query's word order, preferred and short labels.
   */
  private scoreLabel(label: number, marks: Uint8Array[]): number {
    const start = this.labelTokenStart[label]!;
    const end = this.labelTokenStart[label + 1]!;
    let score = 0;
    let inOrder = true;
    let lastPos = -1;
    for (let q = 0; q < marks.length; q++) {
      const m = marks[q]!;
      let bestQ = 0;
      let bestPos = -1;
      for (let k = start; k < end; k++) {
        const quality = m[this.labelTokens[k]!]!;
        if (quality > bestQ) [bestQ, bestPos] = [quality, k - start];
      }
      if (bestQ === 0) return -1;
      score += bestQ * 10;
      if (bestPos <= lastPos) inOrder = false;
      lastPos = bestPos;
    }
    const length = end - start;
    const firstWordMatches = marks[0]![this.labelTokens[start]!]! > 0;
    const kind = this.labelMeta[label]! & 3;
    if (firstWordMatches) score += 8;
    if (inOrder) score += 4;
    if (length === marks.length) score += 6;
    score -= Math.min(length - marks.length, 8);
    score += kind === 0 ? 3 : kind === 1 ? 0 : -2;
    return score;
  }

  /** Quality of each vocabulary word as a match for one query word (0 = no match). */
  private marksFor(word: string, typing: boolean): Uint8Array {
    const key = `${typing ? 1 : 0}${word}`;
    const cached = this.markCache.get(key);
    if (cached) return cached;
    const vocab = this.vocab;
    const marks = new Uint8Array(vocab.length);
    // Prefix range: all words >= word and starting with it form one run in sorted order.
    let lo = lowerBound(vocab, word);
    if (vocab[lo] === word) marks[lo++] = EXACT;
    while (lo < vocab.length && vocab[lo]!.startsWith(word)) marks[lo++] = PREFIX;

    const maxTypos = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (maxTypos > 0) {
      for (let t = 0; t < vocab.length; t++) {
        if (marks[t]) continue;
        const candidate = vocab[t]!;
        const distance = typing ? prefixDistance(word, candidate, maxTypos) : boundedDistance(word, candidate, maxTypos);
        if (distance <= maxTypos) marks[t] = distance === 1 ? TYPO1 : TYPO2;
      }
    }
    if (this.markCache.size > 64) this.markCache.clear();
    this.markCache.set(key, marks);
    return marks;
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const rowA = new Int32Array(64);
const rowB = new Int32Array(64);
const rowC = new Int32Array(64);

/**
 * Optimal string alignment distance (substitution, insertion, deletion, adjacent swap) between
 * `a` and `b`, or between `a` and the closest prefix of `b` when `prefix` is set; gives up
 * with max + 1 as soon as the distance must exceed `max`.
 */
function distance(a: string, b: string, max: number, prefix: boolean): number {
  const m = a.length;
  const n = prefix ? Math.min(b.length, m + max) : b.length;
  if (m >= 63 || n >= 63) return max + 1;
  if (!prefix && Math.abs(m - n) > max) return max + 1;
  if (prefix && n < m - max) return max + 1;
  // Rows are indexed by positions in b; row i holds distances for a[0..i).
  let prev2 = rowC;
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  let bestPrefix = prefix ? prev[n]! : 0;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  if (!prefix) return prev[n]!;
  bestPrefix = max + 1;
  for (let j = Math.max(0, m - max); j <= n; j++) if (prev[j]! < bestPrefix) bestPrefix = prev[j]!;
  return bestPrefix;
}

export const boundedDistance = (a: string, b: string, max: number) => distance(a, b, max, false);
export const prefixDistance = (a: string, b: string, max: number) => distance(a, b, max, true);
