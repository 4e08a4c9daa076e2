import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The project's tsx, which `npm run <script>` uses for the scripts in scripts/. */
export const TSX = join('node_modules', '.bin', 'tsx');

/** Runs a script as `npm run` would, and returns its exit status and output whatever the status. */
export const runScript = (script: string, ...args: string[]) => spawnSync(TSX, [script, ...args], { encoding: 'utf8' });

/** A line of a Node stack trace: a command's answer to bad input never shows one. */
export const STACK_FRAME = /\bat \S+ \(/;
