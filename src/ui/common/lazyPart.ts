import { useContext, useEffect, useState } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import { ensureLanguage } from '../../i18n';

/**
 * A part of a screen whose code (and texts) load only when it is wanted, so that the screen's
 * first load does not wait for it (docs/performance.md). Unlike React.lazy it never suspends the
 * screen, and a failed fetch (offline before the service worker stored the app) is forgotten, so
 * asking again calls `import()` again (a browser may still answer with the failure it kept: see
 * ScreenLoadBoundary).
 */
export interface LazyPart<M> {
  load(): Promise<M>;
  /** The module once loaded. */
  loaded(): M | undefined;
}

export function lazyPart<M>(importer: () => Promise<M>): LazyPart<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => module,
  };
}

export type PartState<M> = ({ kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; module: M }) & {
  /** Forgets a failure and fetches again. */
  retry: () => void;
};

/**
 * The part's module once it and the operator language's `namespaces` are in, while `wanted`. A
 * part wanted anew (a panel opened again) forgets an earlier failure and fetches again.
 */
export function useLazyPart<M>(part: LazyPart<M>, wanted: boolean, namespaces: readonly string[] = []): PartState<M> {
  // The instance itself, not useTranslation: that builds a wrapper of it in every component (each list row has a part).
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const language = i18n.language;
  const module = part.loaded();
  const ready = module !== undefined && namespaces.every((ns) => i18n.hasResourceBundle(language, ns));
  const texts = namespaces.join();
  const [attempt, setAttempt] = useState(0);
  const [wasWanted, setWasWanted] = useState(wanted);
  if (wanted !== wasWanted) {
    setWasWanted(wanted);
    if (wanted) setAttempt((n) => n + 1);
  }
  const [failedAttempt, setFailedAttempt] = useState<number>();
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    Promise.all([part.load(), ensureLanguage(i18n, language, texts ? texts.split(',') : [])]).then(
      () => live && setArrived((n) => n + 1),
      () => live && setFailedAttempt(attempt),
    );
    return () => {
      live = false;
    };
  }, [part, wanted, ready, attempt, language, texts, i18n]);
  const retry = () => setAttempt((n) => n + 1);
  if (module !== undefined && ready) return { kind: 'ready', module, retry };
  return failedAttempt === attempt ? { kind: 'failed', retry } : { kind: 'loading', retry };
}
