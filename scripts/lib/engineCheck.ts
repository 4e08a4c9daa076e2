import { subset, validRange } from 'semver';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
}

export interface LockFile {
  packages: Record<string, LockedPackage>;
}

/**
 * Packages in the lock file that do not declare support for every Node version the app declares.
 * npm only warns about these (EBADENGINE) and installs them; they may break on the oldest Node we
 * promise, so the test command fails on them instead.
 */
export function unsupportedEngines(appRange: string, lock: LockFile): string[] {
  if (!validRange(appRange)) throw new Error(`package.json engines.node is not a version range: "${appRange}"`);
  const problems: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    // Old lock files could hold engines as an array of strings; npm ignores that form.
    const node = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    if (!path || !node) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!validRange(node) || !subset(appRange, node)) problems.push(`${name}@${entry.version ?? '?'} needs Node ${node}`);
  }
  return problems;
}
