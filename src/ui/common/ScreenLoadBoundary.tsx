import { Component, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  /** A new value (another route) clears the error: the next screen gets its own chance. */
  resetKey: string;
  /** Runs before a retry (also on leaving for another route), e.g. to forget failed loads so they are fetched again. */
  onRetry?: () => void;
  /** The route that failed is not the interview list, so a way back to it is offered. */
  offerList: boolean;
  /** Reloads the page (a test can watch it instead); the default is `location.reload`. */
  reload?: () => void;
}

interface State {
  error: unknown;
}

/**
 * Catches a screen that could not be shown, nearly always because its code or texts could not be
 * fetched: the network went away before the service worker had stored the app for offline use.
 * Without it React unmounts the whole app and the operator faces a blank page. The answers are
 * in IndexedDB either way; the screen is tried again on request and when the network returns.
 */
export class ScreenLoadBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  // The network came back while a retry was still failing: that retry's error must not stick.
  private retryWhenFailed = false;
  // A retry made because the network came back. Some browsers (Chromium 150 among them) keep a
  // module whose fetch failed as failed for the life of the page, and no retry can fetch it again:
  // if that retry fails the same way while online, only a reload helps. The lock screen then
  // opens the same screen again; the answers are in IndexedDB.
  private retriedOnline = false;

  override componentDidUpdate(previous: Props, before: State) {
    if (previous.resetKey !== this.props.resetKey) this.retriedOnline = false;
    if (previous.resetKey !== this.props.resetKey && this.state.error !== undefined) {
      this.props.onRetry?.();
      this.setState({ error: undefined });
    } else if (before.error === undefined && this.state.error !== undefined) {
      if (this.retriedOnline && navigator.onLine !== false && isModuleLoadFailure(this.state.error)) {
        this.retriedOnline = false;
        (this.props.reload ?? (() => window.location.reload()))();
      } else if (this.retryWhenFailed) {
        this.retriedOnline = true;
        this.retry();
      }
    }
  }

  override componentDidMount() {
    window.addEventListener('online', this.online);
  }

  override componentWillUnmount() {
    window.removeEventListener('online', this.online);
  }

  private online = () => {
    if (this.state.error === undefined) this.retryWhenFailed = true;
    else {
      this.retriedOnline = true;
      this.retry();
    }
  };

  retry = () => {
    if (this.state.error === undefined) return;
    this.retryWhenFailed = false;
    this.props.onRetry?.();
    this.setState({ error: undefined });
  };

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return <ScreenLoadError retry={this.retry} offerList={this.props.offerList} />;
  }
}

/** A script or text chunk that could not be fetched, as Chromium, Firefox and Safari word it. */
function isModuleLoadFailure(error: unknown): boolean {
  return error instanceof TypeError && /dynamically imported module|importing a module script failed/i.test(error.message);
}

function ScreenLoadError({ retry, offerList }: { retry: () => void; offerList: boolean }) {
  const { t } = useTranslation('app');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // navigator.onLine is only trusted when it says offline (a captive Wi-Fi also reads as online).
  const offline = navigator.onLine === false;
  return (
    <main id="main" className="screen" data-testid="screen-load-error">
      <section className="card warning" aria-labelledby="screen-load-title">
        <h1 id="screen-load-title" ref={heading} tabIndex={-1}>
          {t('errors.screenLoad.title')}
        </h1>
        <p role="alert">{offline ? t('errors.screenLoad.offline') : t('errors.screenLoad.failed')}</p>
        <p>{t('errors.screenLoad.dataSafe')}</p>
        <div className="screen-load-actions">
          <button type="button" onClick={retry}>
            {t('errors.screenLoad.retry')}
          </button>
          {offerList && (
            <a className="button secondary" href="#/">
              {t('interview.backToList')}
            </a>
          )}
        </div>
      </section>
    </main>
  );
}
