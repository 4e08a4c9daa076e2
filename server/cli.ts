import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { buildApp, privacyLogger } from './app';
import { configFromEnv, pgliteDir, portFrom, type ServerConfig } from './config';
import { openPglite, openPostgres, type Database } from './db/database';
import { migrate } from './db/migrate';
import { addDevice, listDevices, revokeDevice } from './devices';

const USAGE = `Usage: npm run server -- <command>

  serve [--port N] [--host H] [--static DIR] [--demo]
        Start the API and serve the built PWA (default: dist/).
        --demo creates a demo device on first start and prints how to enrol the browser.
  device add --org "<organisation>" --name "<device>"
        Enrol a device; its token is printed once and only its hash is stored.
  device list
  device revoke <device id>
  migrate

Environment: DATABASE_URL (PostgreSQL; otherwise PGlite in DATA_DIR, default server/data),
PORT (8080), HOST (127.0.0.1), STATIC_DIR, MAX_BODY_BYTES, RATE_LIMIT_PER_MINUTE (0 = off),
CORS_ORIGIN, LOG_LEVEL, TRUST_PROXY.`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has one writer: a second process on the same folder (e.g. `device add` while the server
 * runs) could corrupt it. A pid file refuses that; a stale one (its process is gone) is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const file = resolve(dataDir, 'pglite.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(await readFile(file, 'utf8').catch(() => ''));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processAlive(pid)) {
        throw new Error(`Another process (pid ${pid}) is using the database in ${dataDir}. Stop the server first, or use PostgreSQL (DATABASE_URL).`);
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}.`);
}

async function open(config: ServerConfig): Promise<Database> {
  let db: Database;
  if (config.databaseUrl) db = await openPostgres(config.databaseUrl);
  else {
    await mkdir(config.dataDir, { recursive: true });
    const unlock = await lockDataDir(config.dataDir);
    try {
      const pglite = await openPglite(pgliteDir(config));
      db = {
        ...pglite,
        close: async () => {
          await pglite.close();
          await unlock();
        },
      };
    } catch (error) {
      await unlock();
      throw error;
    }
  }
  await migrate(db);
  return db;
}

async function withDb<T>(config: ServerConfig, fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await open(config);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

const demoDeviceSchema = z.object({ deviceId: z.uuid(), token: z.string().check(z.minLength(1)) });
type DemoDevice = z.infer<typeof demoDeviceSchema>;

/**
 * The local demo needs a token the operator can paste into the browser it serves. The hash is in
 * the database like any other; the token itself is kept in the data folder (owner-only) so it can
 * be printed again on the next start. Never use --demo for real data.
 */
async function demoDevice(db: Database, config: ServerConfig): Promise<DemoDevice> {
  const file = resolve(config.dataDir, 'demo-device.json');
  try {
    const saved = demoDeviceSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    const active = (await listDevices(db)).some((d) => d.id === saved.deviceId && d.revokedAt === null);
    if (active) return saved;
  } catch {
    // No demo device yet (or the file is unreadable): create one below.
  }
  const { device, token } = await addDevice(db, 'Demo organisation', 'Demo browser');
  await mkdir(config.dataDir, { recursive: true });
  await writeFile(file, JSON.stringify({ deviceId: device.id, token }), { mode: 0o600 });
  await chmod(file, 0o600);
  return { deviceId: device.id, token };
}

async function serve(args: string[], config: ServerConfig): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { port: { type: 'string' }, host: { type: 'string' }, static: { type: 'string' }, demo: { type: 'boolean', default: false } },
  });
  const cfg: ServerConfig = {
    ...config,
    port: portFrom(values.port, config.port, '--port'),
    ...(values.host ? { host: values.host } : {}),
    ...(values.static ? { staticDir: resolve(values.static) } : {}),
  };
  const db = await open(cfg);
  const app = await buildApp({
    db,
    staticDir: cfg.staticDir,
    bodyLimitBytes: cfg.bodyLimitBytes,
    rateLimitPerMinute: cfg.rateLimitPerMinute,
    corsOrigin: cfg.corsOrigin,
    trustProxy: cfg.trustProxy,
    logger: privacyLogger(cfg.logLevel),
  });
  await app.listen({ port: cfg.port, host: cfg.host });
  const shownHost = cfg.host === '0.0.0.0' || cfg.host === '::' ? 'localhost' : cfg.host === '127.0.0.1' ? 'localhost' : cfg.host;
  const url = `http://${shownHost}:${cfg.port}`;
  const lines = [
    '',
    `Skills profile server on ${url}  (database: ${db.kind === 'pglite' ? `PGlite in ${pgliteDir(cfg)}` : 'PostgreSQL'})`,
    `  App: ${url}/    API: ${url}/api/v1    OpenAPI: ${url}/api/v1/openapi.json`,
    '  Tablets need it over HTTPS: browsers encrypt and work offline only on https:// or localhost (README, "Serving to tablets").',
  ];
  if (values.demo) {
    const demo = await demoDevice(db, cfg);
    lines.push(
      '',
      'Enrol the browser (demo device of "Demo organisation"):',
      `  open ${url}/ → Sync settings (on the interview list), and enter`,
      `    Server URL:   ${url}`,
      `    Device token: ${demo.token}`,
      '  Real devices: npm run server -- device add --org "<organisation>" --name "<device>"',
    );
  }
  console.log(lines.join('\n') + '\n');

  const stop = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

async function device(args: string[], config: ServerConfig): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    const { values } = parseArgs({ args: rest, options: { org: { type: 'string' }, name: { type: 'string' } } });
    if (!values.org || !values.name) {
      console.error('device add needs --org "<organisation>" and --name "<device>".');
      return 2;
    }
    const { device: d, token } = await withDb(config, (db) => addDevice(db, values.org!, values.name!));
    console.log(`Device "${d.name}" enrolled for "${d.org}" (id ${d.id}).`);
    console.log(`Token (shown only now; the server keeps only its hash):\n\n  ${token}\n`);
    return 0;
  }
  if (sub === 'list') {
    const devices = await withDb(config, listDevices);
    if (!devices.length) console.log('No devices enrolled.');
    for (const d of devices) {
      const state = d.revokedAt ? `revoked ${d.revokedAt}` : `active, last seen ${d.lastSeenAt ?? 'never'}`;
      console.log(`${d.id}  ${d.org} / ${d.name}  (enrolled ${d.createdAt}; ${state})`);
    }
    return 0;
  }
  if (sub === 'revoke') {
    const id = rest[0];
    if (!id) {
      console.error('device revoke needs a device id (see device list).');
      return 2;
    }
    const done = await withDb(config, (db) => revokeDevice(db, id));
    console.log(done ? `Device ${id} revoked.` : `No active device with id ${id}.`);
    return done ? 0 : 1;
  }
  console.error(USAGE);
  return 2;
}

async function main(argv: string[]): Promise<void> {
  const config = configFromEnv();
  const [command = 'serve', ...rest] = argv;
  if (command === 'serve') return serve(rest, config);
  if (command === 'device') {
    process.exitCode = await device(rest, config);
    return;
  }
  if (command === 'migrate') {
    const applied = await withDb(config, migrate);
    console.log(applied.length ? `Applied ${applied.join(', ')}.` : 'Database is up to date.');
    return;
  }
  console.error(USAGE);
  process.exitCode = command === 'help' || command === '--help' ? 0 : 2;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
