import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportInterview } from '../../app/queries';
import { AppError } from '../../domain/errors';
import { languageName } from '../../taxonomy/names';
import { DEMO_PROFILES, loadDemoProfile } from './demoProfiles';

/** Import an exported interview, or load a demo profile to try the app. Nothing changes on error. */
export function ImportPanel() {
  const { t, i18n } = useTranslation('listTools');
  const { t: tApp } = useTranslation('app');
  const importer = useImportInterview();
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | undefined>();

  const importValue = async (read: () => Promise<unknown>) => {
    setMessage(undefined);
    try {
      const interview = await importer.mutateAsync(await read());
      setMessage({ kind: 'ok', text: t('import.done', { name: interview.displayName ?? tApp('list.unnamed') }) });
    } catch (e) {
      const error = e instanceof AppError ? e : new AppError('errors.importInvalid', { details: String((e as Error).message) });
      setMessage({ kind: 'error', text: tApp(error.code, error.params) });
    }
  };

  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <label className="file-label">
        {t('import.file')}
        <input
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file)
              void importValue(async () => {
                try {
                  return JSON.parse(await file.text()) as unknown;
                } catch {
                  throw new AppError('errors.importNotJson', { file: file.name });
                }
              });
          }}
        />
      </label>
      {DEMO_PROFILES.length > 0 && (
        <div className="demo">
          <p>{t('import.demo')}</p>
          {DEMO_PROFILES.map((d) => (
            <button key={d.name} type="button" className="secondary" onClick={() => void importValue(() => loadDemoProfile(d.name))}>
              {t('import.loadDemo', { language: d.language ? languageName(d.language, i18n.language) : d.name })}
            </button>
          ))}
        </div>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={`${message.kind} any-script`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
