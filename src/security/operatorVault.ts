import { AppError } from '../domain/errors';
import type { InterviewStore, Keyring } from '../storage/interviewStore';
import { deriveKey, importDataKey, newRawDataKey, openBytes, PBKDF2_ITERATIONS, sealBytes, unwrapRawKey, wrapRawKey, type WrappedKey } from './crypto';
import { MAX_PIN_ATTEMPTS, type OperatorRecord } from './operatorRecord';

export const MIN_PASSPHRASE_LENGTH = 10;
export const PIN_PATTERN = /^\d{4,8}$/;
const SHARING_KEY = 'security.shareWithinOrganisation';

export interface NewOperator {
  name: string;
  organisation: string;
  passphrase: string;
  pin: string;
}

/** What the lock screen may show about an account: nothing about any interviewee. */
export interface OperatorSummary {
  id: string;
  name: string;
  organisation: string;
  /** False after too many wrong PINs: only the passphrase unlocks. */
  pinAvailable: boolean;
  failedPinAttempts: number;
}

/** An unlocked operator: the keys live here, in memory, until lock. */
export interface UnlockedOperator {
  id: string;
  name: string;
  organisation: string;
  keyring: Keyring;
}

const passphraseContext = (id: string) => `operator:${id}:passphrase`;
const pinContext = (id: string) => `operator:${id}:pin`;
const orgContext = (id: string, orgKeyId: string) => `operator:${id}:${orgKeyId}`;

function summary(r: OperatorRecord): OperatorSummary {
  return { id: r.id, name: r.name, organisation: r.organisation, pinAvailable: r.pinKey !== null, failedPinAttempts: r.failedPinAttempts };
}

const sameKdf = (a: WrappedKey | null | undefined, b: WrappedKey | null | undefined) =>
  !!a && !!b && a.salt === b.salt && a.iterations === b.iterations && a.kdf === b.kdf;

export function validatePassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) throw new AppError('security:errors.passphraseTooShort', { count: MIN_PASSPHRASE_LENGTH });
}

export function validatePin(pin: string): void {
  if (!PIN_PATTERN.test(pin)) throw new AppError('security:errors.pinInvalid');
}

/**
 * Operator accounts and their keys. Each operator has a random data key, stored only wrapped by a
 * key derived from the passphrase and by one derived from the PIN (PBKDF2-SHA256). Colleagues of
 * one organisation also hold the organisation key (sealed under each one's data key), which
 * seals the interviews the organisation chooses to share.
 */
export class OperatorVault {
  /** Each account's PIN-wrapped key, as the lock screen last read it: its salt and iterations start the derivation. */
  private pinKeys = new Map<string, WrappedKey | null>();
  /** The derivation of the PIN being typed (`preparePin`): only the latest, until it is submitted or changed. */
  private typedPin: { operatorId: string; pin: string; params: WrappedKey; key: Promise<CryptoKey> } | undefined;

  constructor(
    private readonly store: InterviewStore,
    /** Only tests lower this; production uses PBKDF2_ITERATIONS. */
    private readonly iterations = PBKDF2_ITERATIONS,
  ) {}

  async list(): Promise<OperatorSummary[]> {
    const records = await this.store.listOperators();
    this.pinKeys = new Map(records.map((r) => [r.id, r.pinKey]));
    return records.map(summary);
  }

  /**
   * Creates an account and unlocks it. `colleague`, an operator of the same organisation who is
   * unlocked now, hands over the organisation key so the two can share interviews; without one the
   * account starts a key of its own.
   */
  async create(input: NewOperator, colleague?: UnlockedOperator): Promise<UnlockedOperator> {
    const name = input.name.trim();
    const organisation = input.organisation.trim();
    if (!name) throw new AppError('security:errors.nameRequired');
    if (!organisation) throw new AppError('security:errors.organisationRequired');
    validatePassphrase(input.passphrase);
    validatePin(input.pin);
    const id = crypto.randomUUID();
    const raw = newRawDataKey();
    const sameOrg = colleague && colleague.organisation.toLocaleLowerCase() === organisation.toLocaleLowerCase() ? colleague : undefined;
    const orgKeyId = sameOrg ? sameOrg.keyring.sharedKeyId : `org:${crypto.randomUUID()}`;
    const orgKey = sameOrg ? sameOrg.keyring.keys.get(orgKeyId) : undefined;
    const orgRaw = sameOrg ? undefined : newRawDataKey();
    try {
      const dataKey = await importDataKey(raw);
      const record: OperatorRecord = {
        id,
        name,
        organisation,
        createdAt: new Date().toISOString(),
        passphraseKey: await wrapRawKey(raw, input.passphrase, passphraseContext(id), this.iterations),
        pinKey: await wrapRawKey(raw, input.pin, pinContext(id), this.iterations),
        failedPinAttempts: 0,
        orgKeyId,
        orgKey: orgRaw ? await sealBytes(dataKey, orgRaw, orgContext(id, orgKeyId)) : await this.resealOrgKey(sameOrg!, dataKey, id),
      };
      await this.store.putOperator(record);
      return this.unlocked(record, dataKey, orgKey ?? (await importDataKey(orgRaw!)));
    } finally {
      raw.fill(0);
      orgRaw?.fill(0);
    }
  }

  /** Unlocks with the passphrase; resets the PIN counter, and sets a new PIN if the old one was revoked. */
  async unlockWithPassphrase(operatorId: string, passphrase: string, newPin?: string): Promise<UnlockedOperator> {
    const record = await this.require(operatorId);
    if (record.pinKey === null || newPin !== undefined) {
      if (newPin === undefined) throw new AppError('security:errors.newPinRequired');
      validatePin(newPin);
    }
    const raw = await unwrapRawKey(record.passphraseKey, passphrase, passphraseContext(record.id)).catch(() => {
      throw new AppError('security:errors.wrongPassphrase');
    });
    try {
      const updated: OperatorRecord = { ...record, failedPinAttempts: 0 };
      if (newPin !== undefined) updated.pinKey = await wrapRawKey(raw, newPin, pinContext(record.id), this.iterations);
      await this.store.putOperator(updated);
      return this.open(updated, await importDataKey(raw));
    } finally {
      raw.fill(0);
    }
  }

  /**
   * Starts deriving the key of the PIN as it is typed, once it could be complete (4 to 8 digits):
   * an operator takes a moment between the last digit and "Unlock", and PBKDF2, most of an unlock,
   * runs meanwhile on the parameters the lock screen read. Only the latest value is kept; nothing is
   * opened or counted until the PIN is submitted. Anything else (an empty field) forgets it.
   */
  preparePin(operatorId: string, pin: string): void {
    const known = this.pinKeys.get(operatorId);
    if (!known || !PIN_PATTERN.test(pin)) {
      this.typedPin = undefined;
      return;
    }
    if (this.typedFor(operatorId, pin, known)) return;
    const key = deriveKey(pin, known);
    key.catch(() => undefined);
    this.typedPin = { operatorId, pin, params: known, key };
  }

  /** The derivation started while this very PIN was typed, if it used these parameters. */
  private typedFor(operatorId: string, pin: string, params: WrappedKey | null | undefined): Promise<CryptoKey> | undefined {
    const typed = this.typedPin;
    return typed && typed.operatorId === operatorId && typed.pin === pin && sameKdf(typed.params, params) ? typed.key : undefined;
  }

  /**
   * Unlocks with the PIN. Each wrong PIN is counted on the device; the fifth removes the PIN's
   * wrapped key altogether, so from then on only the passphrase can unlock (and set a new PIN).
   */
  async unlockWithPin(operatorId: string, pin: string): Promise<UnlockedOperator> {
    // PBKDF2 is most of an unlock: it starts at once, on the parameters the lock screen read, while
    // the account is read again. The account as read now decides: its wrapped key, its attempts,
    // and the derivation too if its parameters changed meanwhile (a new PIN set in another tab).
    const known = this.pinKeys.get(operatorId);
    // What was typed is used once, or forgotten.
    const typed = this.typedFor(operatorId, pin, known);
    this.typedPin = undefined;
    const early = typed ?? (known ? deriveKey(pin, known) : undefined);
    early?.catch(() => undefined);
    const record = await this.require(operatorId);
    if (record.pinKey === null) throw new AppError('security:errors.pinLocked');
    let raw: Uint8Array<ArrayBuffer>;
    try {
      const current = record.pinKey;
      raw = await unwrapRawKey(current, pin, pinContext(record.id), early && sameKdf(known, current) ? early : undefined);
    } catch {
      const failed = record.failedPinAttempts + 1;
      const locked = failed >= MAX_PIN_ATTEMPTS;
      await this.store.putOperator({ ...record, failedPinAttempts: failed, pinKey: locked ? null : record.pinKey });
      if (locked) throw new AppError('security:errors.pinLocked');
      throw new AppError('security:errors.wrongPin', { count: MAX_PIN_ATTEMPTS - failed });
    }
    try {
      const updated = { ...record, failedPinAttempts: 0 };
      if (record.failedPinAttempts) await this.store.putOperator(updated);
      return this.open(updated, await importDataKey(raw));
    } finally {
      raw.fill(0);
    }
  }

  /** The organisation's configuration, kept on the device: whether its operators share interviews. */
  async sharingEnabled(organisation: string): Promise<boolean> {
    const map = (await this.store.getSetting<Record<string, boolean>>(SHARING_KEY)) ?? {};
    return map[organisation.toLocaleLowerCase()] === true;
  }

  async setSharing(organisation: string, enabled: boolean): Promise<void> {
    const map = (await this.store.getSetting<Record<string, boolean>>(SHARING_KEY)) ?? {};
    await this.store.setSetting(SHARING_KEY, { ...map, [organisation.toLocaleLowerCase()]: enabled });
  }

  private async require(id: string): Promise<OperatorRecord> {
    const record = await this.store.getOperator(id);
    if (!record) throw new AppError('security:errors.unknownOperator');
    return record;
  }

  private async open(record: OperatorRecord, dataKey: CryptoKey): Promise<UnlockedOperator> {
    const orgRaw = await openBytes(dataKey, record.orgKey, orgContext(record.id, record.orgKeyId));
    try {
      return this.unlocked(record, dataKey, await importDataKey(orgRaw));
    } finally {
      orgRaw.fill(0);
    }
  }

  private async unlocked(record: OperatorRecord, dataKey: CryptoKey, orgKey: CryptoKey): Promise<UnlockedOperator> {
    const operatorKeyId = `op:${record.id}`;
    return {
      id: record.id,
      name: record.name,
      organisation: record.organisation,
      keyring: {
        operatorId: record.id,
        operatorKeyId,
        sharedKeyId: record.orgKeyId,
        keys: new Map([
          [operatorKeyId, dataKey],
          [record.orgKeyId, orgKey],
        ]),
        shareWithOrganisation: await this.sharingEnabled(record.organisation),
      },
    };
  }

  /** The organisation key is not extractable in memory; the colleague's record holds it sealed, so re-open it from there. */
  private async resealOrgKey(colleague: UnlockedOperator, newDataKey: CryptoKey, newId: string): Promise<OperatorRecord['orgKey']> {
    const colleagueRecord = await this.require(colleague.id);
    const colleagueKey = colleague.keyring.keys.get(colleague.keyring.operatorKeyId);
    if (!colleagueKey) throw new AppError('security:errors.noKey');
    const orgRaw = await openBytes(colleagueKey, colleagueRecord.orgKey, orgContext(colleague.id, colleagueRecord.orgKeyId));
    try {
      return await sealBytes(newDataKey, orgRaw, orgContext(newId, colleagueRecord.orgKeyId));
    } finally {
      orgRaw.fill(0);
    }
  }
}
