import type { ProfileDocument } from './profileDocument';

/**
 * JSON with object keys sorted at every level, so that two equal values always give the same
 * text whatever order their keys were written in (IndexedDB, jsonb and spreads all reorder keys).
 * Follows JSON.stringify for everything else: undefined members are left out, non-finite numbers
 * become null.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    return text === undefined ? 'null' : text;
  }
  if (Array.isArray(value)) {
    return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : canonicalJson(v))).join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v === undefined || typeof v === 'function') continue;
    parts.push(`${JSON.stringify(key)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The content a profile revision is identified by. `exportedAt` is left out because it records
 * when the file or payload was produced, not what the interview says: a resend built a minute
 * later must still count as the same content.
 */
export function profileContent(profile: ProfileDocument): Omit<ProfileDocument, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...content } = profile;
  return content;
}

/** Lower-case hex SHA-256 of the canonical JSON of the profile's content; the same in browser and server. */
export async function profileContentHash(profile: ProfileDocument): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(profileContent(profile)));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
