import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interviewKeys } from '../../app/queries';
import { useServices } from '../../app/ServicesContext';
import { AppError } from '../../domain/errors';
import { APP_VERSION } from '../../pwa/version';
import { isSealedBackup, openBackup, sealBackup } from '../../security/backupCrypto';
import { MIN_PASSPHRASE_LENGTH } from '../../security/operatorVault';
import { backupFileName, exportBackup, importBackup } from '../../storage/backup';
import { downloadJson } from '../list/download';

type Message = { kind: 'ok' | 'error'; lines: string[] };

/** Whole-device backup for a tablet that cannot sync for a long time (storage/backup.ts has the merge rule). */
export function BackupPanel() {
  const { t } = useTranslation('diagnostics');
  // Error codes are keys of the app namespace unless they name theirs (`pwa:…`).
  const { t: tError } = useTranslation('app');
  const { store } = useServices();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  // Backups hold personal data: they are sealed under a passphrase the operator chooses (PBKDF2 + AES-GCM).
  const [passphrase, setPassphrase] = useState('');
  const passphraseId = useId();

  const run = async (action: () => Promise<Message>) => {
    if (busy) return;
    setBusy(true);
    setMessage(undefined);
    try {
      setMessage(await action());
    } catch (e) {
      const error = e instanceof AppError ? e : new AppError('diagnostics:backup.errors.documentFailed', { details: String((e as Error)?.message ?? e) });
      setMessage({ kind: 'error', lines: [tError(error.code, error.params)] });
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    run(async () => {
      const backup = await exportBackup(store, APP_VERSION);
      const file = backupFileName();
      downloadJson(await sealBackup(backup, passphrase), file);
      return { kind: 'ok', lines: [t('backup.exported', { count: backup.documents.length, file })] };
    });

  const importFile = (file: File) =>
    run(async () => {
      let input: unknown;
      try {
        input = JSON.parse(await file.text());
      } catch {
        throw new AppError('diagnostics:backup.errors.notJson', { file: file.name });
      }
      // Files made before backups were sealed are still accepted.
      if (isSealedBackup(input)) input = await openBackup(input, passphrase);
      const summary = await importBackup(store, input);
      await queryClient.invalidateQueries({ queryKey: interviewKeys.all });
      const problems = summary.problems.map((p) => t('backup.problem', { position: p.position, reason: tError(p.code, p.params) }));
      return { kind: problems.length ? 'error' : 'ok', lines: [t('backup.imported', { added: summary.added, replaced: summary.replaced, kept: summary.kept }), ...problems] };
    });

  return (
    <section className="card backup-panel" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.explain')}</p>
      <p className="notice">{t('backup.encrypted')}</p>
      <label htmlFor={passphraseId}>{t('backup.passphrase')}</label>
      <input
        id={passphraseId}
        type="password"
        autoComplete="new-password"
        aria-describedby={`${passphraseId}-hint`}
        value={passphrase}
        disabled={busy}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <p className="help" id={`${passphraseId}-hint`}>
        {t('backup.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
      </p>
      <div className="pwa-actions">
        <button type="button" aria-disabled={busy || undefined} onClick={() => void exportAll()}>
          {t('backup.export')}
        </button>
      </div>
      <label className="file-label">
        {t('backup.import')}
        <input
          type="file"
          accept="application/json,.json"
          aria-disabled={busy || undefined}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {message && (
        <div role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind} data-testid="backup-message">
          {message.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
