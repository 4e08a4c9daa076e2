import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unsupportedEngines, type LockFile } from '../../../scripts/lib/engineCheck';

const APP = '^20.19.0 || ^22.13.0 || >=24';

describe('the Node engine check of the lock file', () => {
  it('names a package that drops a Node version the app supports, with the range it needs', () => {
    const lock: LockFile = {
      packages: {
        '': { version: '0.1.0', engines: { node: APP } },
        'node_modules/@fastify/static/node_modules/content-disposition': { version: '3.0.0', engines: { node: '>=22' } },
        'node_modules/vite': { version: '8.3.8', engines: { node: '^20.19.0 || >=22.12.0' } },
        'node_modules/lru-cache': { version: '11.5.3', engines: { node: '20 || >=22' } },
        'node_modules/left-pad': { version: '1.3.0' },
      },
    };
    expect(unsupportedEngines(APP, lock)).toEqual(['content-disposition@3.0.0 needs Node >=22']);
  });

  it('refuses an app range that is not a version range', () => {
    expect(() => unsupportedEngines('twenty', { packages: {} })).toThrow('engines.node is not a version range: "twenty"');
  });

  it('passes on this repository: every locked package runs on the Node versions package.json declares', () => {
    const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
    const app = read('package.json') as { engines: { node: string } };
    expect(unsupportedEngines(app.engines.node, read('package-lock.json') as LockFile)).toEqual([]);
  });
});
