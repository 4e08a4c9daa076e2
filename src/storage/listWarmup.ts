import Dexie, { type ObservabilitySet } from 'dexie';
import { readIndexCounts, type IndexCounts, type InterviewsTable } from './listIndex';

/**
 * The list's first index read, started as the operator types the PIN. The counts walk every row's
 * index entry inside IndexedDB (hundreds of milliseconds with thousands of interviews, during which
 * the database answers nothing else), and PBKDF2 is under way by then too: both are over, or
 * nearly, when the PIN is submitted. Only clear indexes are read, as the list does.
 *
 * A change to the interviews committed after the read began (retention purging at unlock, another
 * tab) makes the read stale, and the list reads afresh: Dexie reports every committed write,
 * including other tabs', through its `storagemutated` event.
 */
export class ListIndexWarmup {
  private stale = false;
  private readonly read: Promise<IndexCounts | undefined>;
  private readonly changedPrefix: string;

  constructor(
    table: InterviewsTable,
    readonly operatorId: string,
    readonly firstCount: number,
  ) {
    this.changedPrefix = `idb://${table.db.name}/${table.name}/`;
    // Watching starts before the read: a write that lands first only costs the warm read, never a wrong count.
    Dexie.on('storagemutated', this.onMutated);
    // A failed read is not an error anyone sees: the list then reads for itself, and reports what fails there.
    this.read = readIndexCounts(table, operatorId, undefined, firstCount).catch(() => undefined);
  }

  /** Whether the read was made for this operator's list with this many first ids, and still describes the store. */
  serves(operatorId: string, firstCount: number): boolean {
    return !this.stale && operatorId === this.operatorId && firstCount === this.firstCount;
  }

  /** The read, if it still describes the store. Single use. */
  async take(): Promise<IndexCounts | undefined> {
    const counts = await this.read;
    const fresh = !this.stale;
    this.drop();
    return fresh ? counts : undefined;
  }

  /** Stops watching for changes; the read, if still running, is left to finish unused. */
  drop(): void {
    this.stale = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
  }

  private readonly onMutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(this.changedPrefix))) this.stale = true;
  };
}
