import { describe, expect, it } from 'vitest';
import {
  deriveKey,
  importDataKey,
  newKdfParams,
  newRawDataKey,
  openJson,
  PBKDF2_ITERATIONS,
  sealJson,
  toBase64,
  fromBase64,
  unwrapRawKey,
  wrapRawKey,
  type Envelope,
} from '../../../src/security/crypto';

const FAST = 1_000; // iterations for tests; the production default is checked below

function flipByte(b64: string, index: number): string {
  const bytes = fromBase64(b64);
  bytes[index] = bytes[index]! ^ 0x01;
  return toBase64(bytes);
}

describe('crypto', () => {
  it('derives keys with at least 600,000 PBKDF2-SHA256 iterations by default', () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(newKdfParams()).toMatchObject({ kdf: 'PBKDF2-SHA256', iterations: PBKDF2_ITERATIONS });
  });

  it('round-trips a value and never shows it in the ciphertext', async () => {
    const key = await importDataKey(newRawDataKey());
    const secret = { name: 'Zainab Okonkwo-Haddad' };
    const env = await sealJson(key, secret, 'interview:1');
    expect(JSON.stringify(env)).not.toContain('Zainab');
    expect(atob(env.ct)).not.toContain('Zainab');
    expect(await openJson(key, env, 'interview:1')).toEqual(secret);
  });

  it('uses a fresh IV for every record, so equal values give different ciphertexts', async () => {
    const key = await importDataKey(newRawDataKey());
    const a = await sealJson(key, 'same', 'x');
    const b = await sealJson(key, 'same', 'x');
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
    expect(fromBase64(a.iv)).toHaveLength(12);
  });

  it('fails with a wrong key', async () => {
    const env = await sealJson(await importDataKey(newRawDataKey()), 'x', 'c');
    await expect(openJson(await importDataKey(newRawDataKey()), env, 'c')).rejects.toMatchObject({ code: 'security:errors.decryptFailed' });
  });

  it('detects a changed ciphertext, a changed IV, and a ciphertext moved to another record', async () => {
    const key = await importDataKey(newRawDataKey());
    const env = await sealJson(key, { v: 'answer' }, 'answer:a:personal.name');
    const tampered: Envelope[] = [
      { ...env, ct: flipByte(env.ct, 3) },
      { ...env, ct: flipByte(env.ct, fromBase64(env.ct).length - 1) }, // inside the GCM tag
      { ...env, iv: flipByte(env.iv, 0) },
      { ...env, ct: env.ct.slice(0, -8) },
    ];
    for (const t of tampered) await expect(openJson(key, t, 'answer:a:personal.name')).rejects.toMatchObject({ code: 'security:errors.decryptFailed' });
    await expect(openJson(key, env, 'answer:b:personal.name')).rejects.toMatchObject({ code: 'security:errors.decryptFailed' });
  });

  it('wraps a data key under a passphrase; the right passphrase unwraps it, a wrong one fails', async () => {
    const raw = newRawDataKey();
    const copy = raw.slice();
    const wrapped = await wrapRawKey(raw, 'correct horse battery', 'operator:1:passphrase', FAST);
    expect(wrapped.iterations).toBe(FAST);
    expect(JSON.stringify(wrapped)).not.toContain(toBase64(copy));
    expect(await unwrapRawKey(wrapped, 'correct horse battery', 'operator:1:passphrase')).toEqual(copy);
    await expect(unwrapRawKey(wrapped, 'correct horse batterx', 'operator:1:passphrase')).rejects.toMatchObject({ code: 'security:errors.decryptFailed' });
    // The same data key wrapped again gets a new salt: the two wrappings share nothing.
    const again = await wrapRawKey(copy, 'correct horse battery', 'operator:1:passphrase', FAST);
    expect(again.salt).not.toBe(wrapped.salt);
    expect(again.wrapped.ct).not.toBe(wrapped.wrapped.ct);
  });

  it('derived keys cannot be exported', async () => {
    const kek = await deriveKey('1234', newKdfParams(FAST));
    expect(kek.extractable).toBe(false);
    const data = await importDataKey(newRawDataKey());
    expect(data.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', data)).rejects.toThrow();
  });
});
