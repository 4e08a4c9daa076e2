import { createHash } from 'node:crypto';
import { canonicalJson, profileContent } from '../src/domain/canonicalJson';
import type { ProfileDocument } from '../src/domain/profileDocument';

/**
 * The receipt's content hash, computed exactly as `profileContentHash` of the domain (same
 * canonical JSON, same SHA-256), but with Node's synchronous hash: WebCrypto's `digest` hands every
 * call to the thread pool and back, which cost more than the hashing itself on the upload path.
 */
export function profileContentHashSync(profile: ProfileDocument): string {
  return createHash('sha256').update(canonicalJson(profileContent(profile)), 'utf8').digest('hex');
}
