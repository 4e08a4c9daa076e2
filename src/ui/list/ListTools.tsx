import type { Interview } from '../../domain/interview';
import { CsvExportPanel } from '../pdf/CsvExportPanel';
import { ImportPanel } from './ImportPanel';

export { ListSearch } from './ListSearch';

/**
 * The list screen's tools (the search above the list comes with them, see ListSearch) below the list: the CSV export of every interview (once there is one)
 * and the import of an interview file or a demo profile. They load with their texts (`listTools`)
 * once the list has its first page, so that showing the list does not wait for them
 * (docs/performance.md).
 */
export function ListTools({ total, loadAll }: { total: number; loadAll: () => Promise<readonly Interview[]> }) {
  return (
    <>
      {total > 0 && <CsvExportPanel load={loadAll} />}
      <ImportPanel />
    </>
  );
}
