import Dexie from 'dexie';
import { InterviewStore } from '../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../src/storage/schema';
import { OperatorVault, type NewOperator, type UnlockedOperator } from '../../src/security/operatorVault';

/** Store tests run with real Web Crypto but few PBKDF2 iterations; the production count is tested in crypto.test.ts. */
export const TEST_ITERATIONS = 1_000;

export const TEST_OPERATOR: NewOperator = { name: 'Test Operator', organisation: 'Test Centre', passphrase: 'test passphrase 1', pin: '2468' };

let counter = 0;

/** A fresh database with one operator account, unlocked: what the app has after sign-in. */
export async function createUnlockedStore(dbName = `test-${Date.now()}-${counter++}`): Promise<{ store: InterviewStore; vault: OperatorVault; operator: UnlockedOperator }> {
  await Dexie.delete(dbName);
  const store = new InterviewStore(new SkillsProfileDb(dbName));
  const vault = new OperatorVault(store, TEST_ITERATIONS);
  const operator = await vault.create(TEST_OPERATOR);
  await store.unlock(operator.keyring);
  return { store, vault, operator };
}

/** Unlocks a store (e.g. a second instance on the same database) as the device's first operator, with the PIN. */
export async function unlockAgain(store: InterviewStore): Promise<void> {
  const vault = new OperatorVault(store, TEST_ITERATIONS);
  const [first] = await vault.list();
  if (!first) throw new Error('no operator on this database');
  await store.unlock((await vault.unlockWithPin(first.id, TEST_OPERATOR.pin)).keyring);
}

/** Creates the test operator on `store`'s database and unlocks the store with its keys. */
export async function unlockAsTestOperator(store: InterviewStore): Promise<UnlockedOperator> {
  const operator = await new OperatorVault(store, TEST_ITERATIONS).create(TEST_OPERATOR);
  await store.unlock(operator.keyring);
  return operator;
}
