import { describe, expect, it } from 'vitest';
import { isSealedBackup, openBackup, sealBackup } from '../../../src/security/backupCrypto';
import { PBKDF2_ITERATIONS } from '../../../src/security/crypto';

const content = { format: 'skills-profile-backup', documents: [{ interview: { displayName: 'Yohannes Berhane-Lindqvist' } }] };

describe('sealed backup files', () => {
  it('hides the contents and opens them with the passphrase', async () => {
    const file = await sealBackup(content, 'backup passphrase 1', 1_000);
    expect(JSON.stringify(file)).not.toContain('Yohannes');
    expect(isSealedBackup(JSON.parse(JSON.stringify(file)))).toBe(true);
    expect(await openBackup(JSON.parse(JSON.stringify(file)), 'backup passphrase 1')).toEqual(content);
  });

  it('uses the production iteration count by default', async () => {
    expect((await sealBackup(content, 'backup passphrase 1').then((f) => f.kdf.iterations)) >= 600_000).toBe(true);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('refuses a wrong passphrase, a changed file and a file of another kind', async () => {
    const file = await sealBackup(content, 'backup passphrase 1', 1_000);
    await expect(openBackup(file, 'backup passphrase 2')).rejects.toMatchObject({ code: 'security:errors.backupPassphrase' });
    const changed = { ...file, sealed: { ...file.sealed, ct: file.sealed.ct.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) } };
    await expect(openBackup(changed, 'backup passphrase 1')).rejects.toMatchObject({ code: 'security:errors.backupPassphrase' });
    await expect(openBackup(content, 'backup passphrase 1')).rejects.toMatchObject({ code: 'security:errors.backupInvalid' });
    await expect(openBackup({ ...file, formatVersion: 2 }, 'backup passphrase 1')).rejects.toMatchObject({ code: 'errors.importNewerFormat', params: { version: 2 } });
    await expect(sealBackup(content, 'short')).rejects.toMatchObject({ code: 'security:errors.passphraseTooShort' });
  });
});
