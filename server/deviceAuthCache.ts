import type { Queryable } from './db/database';
import { authenticateTokenHash, hashToken, TOKEN_PREFIX, type AuthenticatedDevice } from './devices';

/** How long an upload may rely on an earlier lookup of its token before the database is asked again. */
export const DEVICE_AUTH_TTL_MS = 10_000;
const MAX_ENTRIES = 1000;

export interface DeviceAuthCache {
  /**
   * The device of a token, remembered for a few seconds. Only for requests whose transaction checks
   * again that the device is still active (profile uploads, `profileUploads.ts`): the cache saves the token
   * lookup, never the revocation check, so a revoked device cannot store anything even while cached.
   */
  authenticate(token: string): Promise<AuthenticatedDevice | undefined>;
  /** Drops a device whose transaction found it revoked. */
  forget(deviceId: string): void;
}

export function createDeviceAuthCache(db: Queryable, ttlMs = DEVICE_AUTH_TTL_MS, now: () => number = Date.now): DeviceAuthCache {
  // Keyed by the token's hash: raw tokens are not kept in memory longer than their request.
  const entries = new Map<string, { device: AuthenticatedDevice; until: number }>();
  return {
    async authenticate(token) {
      if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return undefined;
      const key = hashToken(token);
      const hit = entries.get(key);
      if (hit && hit.until > now()) return hit.device;
      entries.delete(key);
      // Unknown and revoked tokens are never remembered: each attempt asks the database.
      const device = await authenticateTokenHash(db, key);
      if (device) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
        entries.set(key, { device, until: now() + ttlMs });
      }
      return device;
    },
    forget(deviceId) {
      for (const [key, entry] of entries) if (entry.device.id === deviceId) entries.delete(key);
    },
  };
}
