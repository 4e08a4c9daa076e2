import type { Table } from 'dexie';
import { INTERVIEW_STATUSES, type InterviewStatus } from '../domain/interview';

/** Where the next page of the list starts: the last interview shown, by its clear updatedAt and id. */
export interface InterviewPageCursor {
  updatedAt: string;
  id: string;
}

/**
 * The list's order (updatedAt descending, then id descending, as IndexedDB walks the updatedAt
 * index backwards) and its counts by status, read from clear indexes: nothing sealed is opened.
 */
export interface ListIndex {
  /** Interviews the operator may see. */
  total: number;
  byStatus: Record<InterviewStatus, number>;
  /** Up to `count` ids from position `offset` of the list after the cursor it was read for. */
  ids(offset: number, count: number): Promise<string[]>;
}

export type InterviewsTable = Table<{ id: string }, string>;
/** Of colleagues' rows (by id), those this operator may not see; the caller reads their clear key ids. */
export type HiddenAmong = (ids: string[]) => Promise<Set<string>>;

const noCounts = () => Object.fromEntries(INTERVIEW_STATUSES.map((s) => [s, 0])) as Record<InterviewStatus, number>;

/** What one read-only transaction over the clear indexes says: the counts, and the first ids in list order. */
export interface IndexCounts {
  /** Every row in the list is the operator's own, so the counts are the operator's list (see readListIndex). */
  onlyOwn: boolean;
  total: number;
  byStatus: number[];
  first: string[];
}

/** The counts, with the first `firstCount` ids after `after` in the same round trip (used if the counts allow it). */
export function readIndexCounts(table: InterviewsTable, operatorId: string, after: InterviewPageCursor | undefined, firstCount: number): Promise<IndexCounts> {
  return table.db.transaction('r', table, async () => {
    const [otherOwner, own, total, byStatus, first] = await Promise.all([
      hasOtherOwner(table, operatorId),
      table.where('ownerId').equals(operatorId).count(),
      table.count(),
      Promise.all(INTERVIEW_STATUSES.map((s) => table.where('status').equals(s).count())),
      firstCount ? idsInOrder(table, after, 0, firstCount) : Promise.resolve([]),
    ]);
    // An index count walks its entries one by one and checks each against its row (Chromium: 30–50 ms
    // for 5,000), while the table's own count takes a few: the table stands for the list, whose order
    // index holds every row (each row has its updatedAt). A colleague's row shows in the owner index at
    // once, and a row with no owner leaves the operator's rows fewer than the rows in the table.
    return { onlyOwn: !otherOwner && own === total, total, byStatus, first };
  });
}

/** Whether the owner index holds anyone else's row: the first key on each side of the operator's, not a count. */
async function hasOtherOwner(table: InterviewsTable, operatorId: string): Promise<boolean> {
  const [below, above] = await Promise.all([table.where('ownerId').below(operatorId).limit(1).primaryKeys(), table.where('ownerId').above(operatorId).limit(1).primaryKeys()]);
  return below.length + above.length > 0;
}

/**
 * On a device where every interview is the operator's own (one operator, or colleagues whose
 * interviews have gone), the index answers with counts and the keys of the page only: opening a
 * list of 5,000 then reads 20 keys instead of 15,000. With colleagues' rows present, which of them
 * the operator may see depends on the key that sealed each, so every id is read (`fullIndex`).
 * `counts` is a read already made for this operator, cursor and `firstCount` (see listWarmup.ts).
 */
export async function readListIndex(
  table: InterviewsTable,
  operatorId: string,
  after: InterviewPageCursor | undefined,
  hiddenAmong: HiddenAmong,
  firstCount = 0,
  counts?: IndexCounts,
): Promise<ListIndex> {
  const { onlyOwn, total, byStatus: statusCounts, first } = counts ?? (await readIndexCounts(table, operatorId, after, firstCount));
  if (!onlyOwn) return fullIndex(table, operatorId, after, hiddenAmong);
  const byStatus = noCounts();
  INTERVIEW_STATUSES.forEach((s, i) => (byStatus[s] = statusCounts[i]!));
  const inFirst = (offset: number, count: number) => offset === 0 && (count <= first.length || first.length < firstCount);
  return { total, byStatus, ids: async (offset, count) => (inFirst(offset, count) ? first.slice(0, count) : idsInOrder(table, after, offset, count)) };
}

async function idsInOrder(table: InterviewsTable, after: InterviewPageCursor | undefined, offset: number, count: number): Promise<string[]> {
  if (!after) return table.orderBy('updatedAt').reverse().offset(offset).limit(count).primaryKeys();
  const ties = await tiesAfter(table, after);
  const fromTies = ties.slice(offset, offset + count);
  if (fromTies.length === count) return fromTies;
  const older = await table
    .where('updatedAt')
    .below(after.updatedAt)
    .reverse()
    .offset(Math.max(0, offset - ties.length))
    .limit(count - fromTies.length)
    .primaryKeys();
  return [...fromTies, ...older];
}

async function fullIndex(table: InterviewsTable, operatorId: string, after: InterviewPageCursor | undefined, hiddenAmong: HiddenAmong): Promise<ListIndex> {
  const { byUpdate, own, statuses } = await table.db.transaction('r', table, async () => ({
    byUpdate: await table.orderBy('updatedAt').primaryKeys(),
    own: new Set(await table.where('ownerId').equals(operatorId).primaryKeys()),
    statuses: await Promise.all(INTERVIEW_STATUSES.map(async (s) => [s, await table.where('status').equals(s).primaryKeys()] as const)),
  }));
  // Ties on updatedAt keep IndexedDB's order reversed (primary key descending), as idsInOrder does.
  byUpdate.reverse();
  const others = byUpdate.filter((id) => !own.has(id));
  const hidden = others.length ? await hiddenAmong(others) : new Set<string>();
  const ordered = hidden.size ? byUpdate.filter((id) => !hidden.has(id)) : byUpdate;
  const visibleIds = new Set(ordered);
  const byStatus = noCounts();
  for (const [status, ids] of statuses) for (const id of ids) if (visibleIds.has(id)) byStatus[status] += 1;
  const candidates = after ? await afterCursor(table, ordered, after) : ordered;
  return { total: ordered.length, byStatus, ids: async (offset, count) => candidates.slice(offset, offset + count) };
}

/** Rows changed at the same instant as the cursor's row that come after it: id descending, before the older rows. */
async function tiesAfter(table: InterviewsTable, cursor: InterviewPageCursor): Promise<string[]> {
  return (await table.where('updatedAt').equals(cursor.updatedAt).primaryKeys()).filter((id) => id < cursor.id).sort().reverse();
}

async function afterCursor(table: InterviewsTable, ordered: string[], cursor: InterviewPageCursor): Promise<string[]> {
  const later = await table.db.transaction('r', table, async () => new Set([...(await tiesAfter(table, cursor)), ...(await table.where('updatedAt').below(cursor.updatedAt).primaryKeys())]));
  return ordered.filter((id) => later.has(id));
}
