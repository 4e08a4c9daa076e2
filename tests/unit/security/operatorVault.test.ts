import { describe, expect, it, vi } from 'vitest';
import { OperatorVault } from '../../../src/security/operatorVault';
import { createUnlockedStore, TEST_ITERATIONS, TEST_OPERATOR } from '../../support/unlockedStore';
import { MAX_PIN_ATTEMPTS } from '../../../src/security/operatorRecord';

describe('operator accounts', () => {
  it('stores no secret and no data key in clear', async () => {
    const { store, operator } = await createUnlockedStore();
    const raw = JSON.stringify(await store.db.operators.get(operator.id));
    expect(raw).not.toContain(TEST_OPERATOR.passphrase);
    expect(raw).not.toContain(`"${TEST_OPERATOR.pin}"`);
    expect(raw).toContain(TEST_OPERATOR.name); // the lock screen offers the account by name
  });

  it('unlocks with the passphrase or the PIN to the same data key', async () => {
    const { store, vault, operator } = await createUnlockedStore();
    const created = await store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    store.lock();
    await expect(store.list()).rejects.toMatchObject({ code: 'security:errors.locked' });
    await store.unlock((await vault.unlockWithPin(operator.id, TEST_OPERATOR.pin)).keyring);
    expect((await store.list()).map((i) => i.id)).toEqual([created.id]);
    store.lock();
    await store.unlock((await vault.unlockWithPassphrase(operator.id, TEST_OPERATOR.passphrase)).keyring);
    expect((await store.list()).map((i) => i.id)).toEqual([created.id]);
  });

  it('refuses a wrong passphrase and a wrong PIN', async () => {
    const { vault, operator } = await createUnlockedStore();
    await expect(vault.unlockWithPassphrase(operator.id, 'not the passphrase')).rejects.toMatchObject({ code: 'security:errors.wrongPassphrase' });
    await expect(vault.unlockWithPin(operator.id, '1111')).rejects.toMatchObject({ code: 'security:errors.wrongPin', params: { count: 4 } });
  });

  it('after 5 wrong PINs only the passphrase unlocks, and it sets a new PIN', async () => {
    const { vault, operator } = await createUnlockedStore();
    for (let i = 1; i < MAX_PIN_ATTEMPTS; i++) await expect(vault.unlockWithPin(operator.id, '0000')).rejects.toMatchObject({ code: 'security:errors.wrongPin' });
    await expect(vault.unlockWithPin(operator.id, '0000')).rejects.toMatchObject({ code: 'security:errors.pinLocked' });
    // Even the right PIN no longer works: its wrapped key is gone.
    await expect(vault.unlockWithPin(operator.id, TEST_OPERATOR.pin)).rejects.toMatchObject({ code: 'security:errors.pinLocked' });
    expect((await vault.list())[0]).toMatchObject({ pinAvailable: false });
    await expect(vault.unlockWithPassphrase(operator.id, TEST_OPERATOR.passphrase)).rejects.toMatchObject({ code: 'security:errors.newPinRequired' });
    await vault.unlockWithPassphrase(operator.id, TEST_OPERATOR.passphrase, '97531');
    await expect(vault.unlockWithPin(operator.id, TEST_OPERATOR.pin)).rejects.toMatchObject({ code: 'security:errors.wrongPin' });
    expect((await vault.unlockWithPin(operator.id, '97531')).id).toBe(operator.id);
    expect((await vault.list())[0]).toMatchObject({ pinAvailable: true, failedPinAttempts: 0 });
  });

  it('starts deriving the PIN\'s key before reading the account again, and the account as stored still decides', async () => {
    const { store, vault, operator } = await createUnlockedStore();
    await vault.list(); // what the lock screen reads
    const order: string[] = [];
    // The PIN's key material is imported first, synchronously with the start of the derivation.
    const importKey = crypto.subtle.importKey.bind(crypto.subtle) as (...args: unknown[]) => Promise<CryptoKey>;
    const derive = vi.spyOn(crypto.subtle, 'importKey').mockImplementation(((...args: unknown[]) => {
      if (args[2] === 'PBKDF2') order.push('derive');
      return importKey(...args);
    }) as typeof crypto.subtle.importKey);
    const read = store.getOperator.bind(store);
    vi.spyOn(store, 'getOperator').mockImplementation(async (id) => {
      order.push('read');
      return read(id);
    });
    try {
      await vault.unlockWithPin(operator.id, TEST_OPERATOR.pin);
      expect(order).toEqual(['derive', 'read']);
    } finally {
      derive.mockRestore();
    }

    // Another tab (another vault on the same database) uses up the attempts: the stale parameters unlock nothing.
    const otherTab = new OperatorVault(store, TEST_ITERATIONS);
    for (let i = 0; i < MAX_PIN_ATTEMPTS; i++) await expect(otherTab.unlockWithPin(operator.id, '0000')).rejects.toMatchObject({ code: expect.stringMatching(/wrongPin|pinLocked/) });
    await expect(vault.unlockWithPin(operator.id, TEST_OPERATOR.pin)).rejects.toMatchObject({ code: 'security:errors.pinLocked' });

    // A new PIN set there (a new salt): the lock screen's parameters are out of date, the new PIN still unlocks here, the old one does not.
    await otherTab.unlockWithPassphrase(operator.id, TEST_OPERATOR.passphrase, '97531');
    await expect(vault.unlockWithPin(operator.id, TEST_OPERATOR.pin)).rejects.toMatchObject({ code: 'security:errors.wrongPin' });
    await expect(vault.unlockWithPin(operator.id, '97531')).resolves.toMatchObject({ id: operator.id });
  });

  it('derives the PIN as it is typed, once per value, and an unlock with that PIN uses the derivation', async () => {
    const { store, vault, operator } = await createUnlockedStore();
    await vault.list(); // what the lock screen reads
    const importKey = crypto.subtle.importKey.bind(crypto.subtle) as (...args: unknown[]) => Promise<CryptoKey>;
    let derivations = 0;
    const spy = vi.spyOn(crypto.subtle, 'importKey').mockImplementation(((...args: unknown[]) => {
      if (args[2] === 'PBKDF2') derivations++;
      return importKey(...args);
    }) as typeof crypto.subtle.importKey);
    try {
      // Typed digit by digit: nothing before 4 digits, then one derivation per value, none twice.
      for (const prefix of ['2', '24', '246']) vault.preparePin(operator.id, prefix);
      expect(derivations).toBe(0);
      vault.preparePin(operator.id, TEST_OPERATOR.pin);
      vault.preparePin(operator.id, TEST_OPERATOR.pin);
      expect(derivations).toBe(1);
      await expect(vault.unlockWithPin(operator.id, TEST_OPERATOR.pin)).resolves.toMatchObject({ id: operator.id });
      expect(derivations).toBe(1);

      // Typed, then changed before submitting: the PIN submitted decides, and a wrong one is counted.
      vault.preparePin(operator.id, TEST_OPERATOR.pin);
      await expect(vault.unlockWithPin(operator.id, '0000')).rejects.toMatchObject({ code: 'security:errors.wrongPin', params: { count: MAX_PIN_ATTEMPTS - 1 } });
      vault.preparePin(operator.id, '0000');
      await expect(vault.unlockWithPin(operator.id, TEST_OPERATOR.pin)).resolves.toMatchObject({ id: operator.id });
      // An emptied field forgets what was typed: the next unlock derives again.
      vault.preparePin(operator.id, TEST_OPERATOR.pin);
      vault.preparePin(operator.id, '');
      const before = derivations;
      await vault.unlockWithPin(operator.id, TEST_OPERATOR.pin);
      expect(derivations).toBe(before + 1);
    } finally {
      spy.mockRestore();
    }

    // A new PIN set in another tab (new salt): what was typed on the old parameters is derived again on the new ones.
    await new OperatorVault(store, TEST_ITERATIONS).unlockWithPassphrase(operator.id, TEST_OPERATOR.passphrase, '97531');
    vault.preparePin(operator.id, '97531');
    await expect(vault.unlockWithPin(operator.id, '97531')).resolves.toMatchObject({ id: operator.id });
  });

  it('a right PIN resets the count of wrong ones', async () => {
    const { vault, operator } = await createUnlockedStore();
    for (let i = 0; i < 4; i++) await expect(vault.unlockWithPin(operator.id, '0000')).rejects.toMatchObject({ code: 'security:errors.wrongPin' });
    await vault.unlockWithPin(operator.id, TEST_OPERATOR.pin);
    for (let i = 0; i < 4; i++) await expect(vault.unlockWithPin(operator.id, '0000')).rejects.toMatchObject({ code: 'security:errors.wrongPin' });
    expect((await vault.unlockWithPin(operator.id, TEST_OPERATOR.pin)).id).toBe(operator.id);
  });

  it('rejects a short passphrase and a PIN that is not 4 to 8 digits', async () => {
    const { vault } = await createUnlockedStore();
    await expect(vault.create({ ...TEST_OPERATOR, passphrase: 'short' })).rejects.toMatchObject({ code: 'security:errors.passphraseTooShort' });
    await expect(vault.create({ ...TEST_OPERATOR, pin: '12a4' })).rejects.toMatchObject({ code: 'security:errors.pinInvalid' });
    await expect(vault.create({ ...TEST_OPERATOR, pin: '123' })).rejects.toMatchObject({ code: 'security:errors.pinInvalid' });
  });
});
