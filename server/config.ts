import { resolve } from 'node:path';
import { DEFAULT_BODY_LIMIT, DEFAULT_RATE_LIMIT } from './app';

export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; PGlite in `dataDir/pglite` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  staticDir: string;
  bodyLimitBytes: number;
  rateLimitPerMinute: number | false;
  corsOrigin: string;
  logLevel: string;
  trustProxy: boolean;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}".`);
  return n;
}

/** A TCP port from the environment or the command line, refused with its name when it is not one. */
export function portFrom(value: string | undefined, fallback: number, name: string): number {
  const port = intFrom(value, fallback, name);
  if (port > 65535) throw new Error(`${name} must be a port number from 0 to 65535, got "${value}".`);
  return port;
}

/** Everything configurable comes from the environment, so the same command works in a container. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const rate = intFrom(env.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT, 'RATE_LIMIT_PER_MINUTE');
  return {
    port: portFrom(env.PORT, 8080, 'PORT'),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR || 'server/data'),
    // BUILD_OUT_DIR is where vite.config.ts builds to, so `npm start` serves what it just built.
    staticDir: resolve(env.STATIC_DIR || env.BUILD_OUT_DIR || 'dist'),
    bodyLimitBytes: intFrom(env.MAX_BODY_BYTES, DEFAULT_BODY_LIMIT, 'MAX_BODY_BYTES'),
    rateLimitPerMinute: rate === 0 ? false : rate,
    corsOrigin: env.CORS_ORIGIN || '*',
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}

export const pgliteDir = (config: Pick<ServerConfig, 'dataDir'>) => resolve(config.dataDir, 'pglite');
