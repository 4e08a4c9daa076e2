import { describe, expect, it } from 'vitest';
import { createUnlockedStore, TEST_OPERATOR } from '../../support/unlockedStore';
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
