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
  /** Letters present in each vocabulary word (char code mod 32), to skip hopeless typo candidates. */
  private vocabMask = new Int32Array(0);
  private postings: Int32Array[] = [];
  private conceptBoost: number[] = [];
  private building: Map<string, number[]> | undefined = new Map();
  private pendingWords: string[][] = [];
  private stamp = new Uint32Array(0);
  private stampValue = 0;
  private conceptStamp = new Uint32Array(0);
  private conceptScore = new Float64Array(0);
  private conceptLabel = new Int32Array(0);
  private markCache = new Map<string, Uint8Array>();

  /** `boost` orders otherwise equal hits, e.g. occupations before broad ISCO major groups. */
  add(concept: IndexConcept, labels: readonly IndexLabelInput[], boost = 0): void {
    const building = this.building;
    if (!building) throw new Error('SearchIndex is frozen');
    const conceptId = this.concepts.push(concept) - 1;
    this.conceptBoost.push(boost);
    const seen = new Set<string>();
    // French, Italian, Spanish... ESCO labels pair forms as "soudeur/soudeuse": each form is a label too.
    const expanded = labels.flatMap((l) =>
      l.text.includes('/') ? [l, ...l.text.split('/').map((part) => ({ ...l, text: part.trim() }))] : [l],
    );
    for (const label of expanded) {
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
    this.vocabMask = Int32Array.from(this.vocab, letterMask);
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
    this.conceptStamp = new Uint32Array(this.concepts.length);
    this.conceptScore = new Float64Array(this.concepts.length);
    this.conceptLabel = new Int32Array(this.concepts.length);
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

    const stampValue = ++this.stampValue;
    if (stampValue === 0xffffffff) {
      this.stamp.fill(0);
      this.conceptStamp.fill(0);
      this.stampValue = 1;
    }
    const stamp = this.stamp;
    const driverMarks = marks[driver]!;
    const kinds = options.kinds;
    // A single letter says little: only labels starting with it, or every label would be a candidate.
    const firstWordOnly = words.length === 1 && words[0]!.length === 1;
    const touched: number[] = [];
    for (let t = 0; t < driverMarks.length; t++) {
      if (!driverMarks[t]) continue;
      const list = this.postings[t]!;
      for (let p = 0; p < list.length; p++) {
        const label = list[p]!;
        if (stamp[label] === this.stampValue) continue;
        stamp[label] = this.stampValue;
        if (firstWordOnly && !driverMarks[this.labelTokens[this.labelTokenStart[label]!]!]) continue;
        const concept = this.labelConcept[label]!;
        if (kinds && !kinds.includes(this.concepts[concept]!.kind)) continue;
        const score = this.scoreLabel(label, marks);
        if (score < 0) continue;
        const total = score + this.conceptBoost[concept]!;
        if (this.conceptStamp[concept] !== this.stampValue) {
          this.conceptStamp[concept] = this.stampValue;
          touched.push(concept);
        } else if (total < this.conceptScore[concept]! || (total === this.conceptScore[concept] && this.tieBreak(this.conceptLabel[concept]!, label) <= 0)) {
          continue;
        }
        this.conceptScore[concept] = total;
        this.conceptLabel[concept] = label;
      }
    }

    const order = (a: number, b: number) =>
      this.conceptScore[b]! - this.conceptScore[a]! || this.tieBreak(this.conceptLabel[a]!, this.conceptLabel[b]!);
    return topK(touched, limit, order).map((concept) => {
      const label = this.conceptLabel[concept]!;
      const meta = this.labelMeta[label]!;
      return {
        concept: this.concepts[concept]!,
        score: this.conceptScore[concept]!,
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
    const start = lowerBound(vocab, word);
    let lo = start;
    if (vocab[lo] === word) marks[lo++] = EXACT;
    while (lo < vocab.length && vocab[lo]!.startsWith(word)) marks[lo++] = PREFIX;

    // A long word that already matches as written gets one typo, not two: the second would
    // mostly add noise, and the scan for it is the costliest part of a keystroke.
    const found = lo > start;
    const maxTypos = word.length >= 8 && !found ? 2 : word.length >= 4 ? 1 : 0;
    if (maxTypos > 0) {
      const mask = letterMask(word);
      const masks = this.vocabMask;
      for (let t = 0; t < vocab.length; t++) {
        // Each typo can lose at most one of the word's letters: more missing letters cannot match.
        if (marks[t] || popcount(mask & ~masks[t]!) > maxTypos) continue;
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

/** The `limit` best items in order, without sorting everything (candidates can number thousands). */
function topK(items: number[], limit: number, order: (a: number, b: number) => number): number[] {
  if (items.length <= limit * 4) return items.sort(order).slice(0, limit);
  const top: number[] = [];
  for (const item of items) {
    if (top.length === limit && order(item, top[limit - 1]!) >= 0) continue;
    let i = top.length < limit ? top.length : limit - 1;
    while (i > 0 && order(item, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = item;
  }
  return top;
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function popcount(n: number): number {
  n = n - ((n >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
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
  // Three rolling rows over positions in b: row i holds the distances for a[0..i).
  let prev2 = rowC;
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const caPrev = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = prev[j - 1]! + (ca === cb ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < d) d = del;
      const ins = cur[j - 1]! + 1;
      if (ins < d) d = ins;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caPrev === cb) {
        const swap = prev2[j - 2]! + 1;
        if (swap < d) d = swap;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  if (!prefix) return prev[n]!;
  let best = max + 1;
  for (let j = Math.max(0, m - max); j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

export const boundedDistance = (a: string, b: string, max: number) => distance(a, b, max, false);
export const prefixDistance = (a: string, b: string, max: number) => distance(a, b, max, true);
