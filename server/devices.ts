import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from './db/database';

/**
 * Device tokens are 256 random bits, so a plain SHA-256 is enough to store them safely (no
 * password stretching needed): the database never holds a usable token.
 */
export const TOKEN_PREFIX = 'spt_';

export function newDeviceToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface Device {
  id: string;
  org: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
}

interface DeviceRow {
  id: string;
  org: string;
  name: string;
  created_at: Date;
  revoked_at: Date | null;
  last_seen_at: Date | null;
}

const toDevice = (r: DeviceRow): Device => ({
  id: r.id,
  org: r.org,
  name: r.name,
  createdAt: r.created_at.toISOString(),
  revokedAt: r.revoked_at?.toISOString() ?? null,
  lastSeenAt: r.last_seen_at?.toISOString() ?? null,
});

export async function addDevice(db: Queryable, org: string, name: string): Promise<{ device: Device; token: string }> {
  const orgName = org.trim();
  const deviceName = name.trim();
  if (!orgName || !deviceName) throw new Error('Both --org and --name are required.');
  const token = newDeviceToken();
  const { rows } = await db.query<DeviceRow>(
    'INSERT INTO devices (id, org, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING *',
    [randomUUID(), orgName, deviceName, hashToken(token), new Date()],
  );
  return { device: toDevice(rows[0]!), token };
}

export async function listDevices(db: Queryable): Promise<Device[]> {
  const { rows } = await db.query<DeviceRow>('SELECT * FROM devices ORDER BY org, created_at');
  return rows.map(toDevice);
}

/** Returns false when no active device has that id. */
export async function revokeDevice(db: Queryable, id: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    'UPDATE devices SET revoked_at = $2 WHERE id::text = $1 AND revoked_at IS NULL RETURNING id',
    [id, new Date()],
  );
  return rows.length > 0;
}

export interface AuthenticatedDevice {
  id: string;
  org: string;
}

export async function authenticateToken(db: Queryable, token: string): Promise<AuthenticatedDevice | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
  return authenticateTokenHash(db, hashToken(token));
}

export async function authenticateTokenHash(db: Queryable, tokenHash: string): Promise<AuthenticatedDevice | undefined> {
  const { rows } = await db.query<AuthenticatedDevice>('SELECT id, org FROM devices WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash]);
  return rows[0];
}
