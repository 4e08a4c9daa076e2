import * as z from 'zod/mini';
import { AppError } from '../domain/errors';

/**
 * Web Crypto primitives for encryption at rest. Data is sealed with AES-GCM (256-bit, fresh
 * 96-bit IV per record, the record's identity as additional data so a ciphertext cannot be
 * moved to another record); keys are derived from secrets with PBKDF2-SHA256.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; each wrapped key remembers its own count. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const KEY_BYTES = 32;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

const base64Schema = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

/** A sealed value as stored: version, IV and ciphertext (with the GCM tag) in base64. */
export const envelopeSchema = z.object({ v: z.literal(1), iv: base64Schema, ct: base64Schema });
export type Envelope = z.infer<typeof envelopeSchema>;

export const kdfParamsSchema = z.object({
  kdf: z.literal('PBKDF2-SHA256'),
  salt: base64Schema,
  iterations: z.int().check(z.minimum(1)),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

/** A data key encrypted under a secret-derived key, with what is needed to derive that key again. */
export const wrappedKeySchema = z.extend(kdfParamsSchema, { wrapped: envelopeSchema });
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export function newKdfParams(iterations = PBKDF2_ITERATIONS): KdfParams {
  return { kdf: 'PBKDF2-SHA256', salt: toBase64(randomBytes(SALT_BYTES)), iterations };
}

/** A key-encryption key from a passphrase or PIN; never extractable. */
export async function deriveKey(secret: string, params: KdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(params.salt), iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Raw bytes of a fresh random data key; callers import it and wipe the bytes. */
export function newRawDataKey(): Uint8Array<ArrayBuffer> {
  return randomBytes(KEY_BYTES);
}

/** The in-memory data key is not extractable: script running later cannot export it. */
export function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function sealBytes(key: CryptoKey, plain: Uint8Array<ArrayBuffer>, context: string): Promise<Envelope> {
  const iv = randomBytes(IV_BYTES);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(context) }, key, plain));
  return { v: 1, iv: toBase64(iv), ct: toBase64(ct) };
}

/**
 * Fails with `security:errors.decryptFailed` for a wrong key, a changed ciphertext or IV, or a
 * ciphertext that belongs to another record (different context): GCM cannot tell these apart.
 */
export async function openBytes(key: CryptoKey, envelope: Envelope, context: string): Promise<Uint8Array<ArrayBuffer>> {
  const parsed = envelopeSchema.safeParse(envelope);
  if (!parsed.success) throw new AppError('security:errors.decryptFailed');
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(parsed.data.iv), additionalData: encoder.encode(context) },
      key,
      fromBase64(parsed.data.ct),
    );
    return new Uint8Array(plain);
  } catch {
    throw new AppError('security:errors.decryptFailed');
  }
}

export async function sealJson(key: CryptoKey, value: unknown, context: string): Promise<Envelope> {
  return sealBytes(key, encoder.encode(JSON.stringify(value)), context);
}

export async function openJson(key: CryptoKey, envelope: Envelope, context: string): Promise<unknown> {
  return JSON.parse(decoder.decode(await openBytes(key, envelope, context))) as unknown;
}

/** Wraps raw data-key bytes under a key derived from `secret` (fresh salt, fresh IV). */
export async function wrapRawKey(raw: Uint8Array<ArrayBuffer>, secret: string, context: string, iterations = PBKDF2_ITERATIONS): Promise<WrappedKey> {
  const params = newKdfParams(iterations);
  const kek = await deriveKey(secret, params);
  return { ...params, wrapped: await sealBytes(kek, raw, context) };
}

/**
 * Recovers raw data-key bytes; a wrong secret fails like a tampered record. `derived` is a key
 * derivation from `secret` already under way on `wrapped`'s salt and iterations (see
 * OperatorVault.unlockWithPin).
 */
export async function unwrapRawKey(wrapped: WrappedKey, secret: string, context: string, derived = deriveKey(secret, wrapped)): Promise<Uint8Array<ArrayBuffer>> {
  return openBytes(await derived, wrapped.wrapped, context);
}
