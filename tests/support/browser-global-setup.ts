import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startAppServer } from './appServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    buildDir: string;
  }
}

/** Builds the production app once into a private folder and serves it for all browser tests. */
export default async function setup(project: TestProject) {
  const buildDir = mkdtempSync(join(tmpdir(), 'spt-build-'));
  const server = await startAppServer(buildDir);
  project.provide('baseUrl', server.url);
  project.provide('buildDir', buildDir);
  return async () => {
    await server.close();
    rmSync(buildDir, { recursive: true, force: true });
  };
}
