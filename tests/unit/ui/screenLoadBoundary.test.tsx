import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preloadable, retryFailedRoutes } from '../../../src/app/preloadable';
import { createI18n } from '../../../src/i18n';
import { ScreenLoadBoundary } from '../../../src/ui/common/ScreenLoadBoundary';

/** A route whose chunk fails to arrive `failures` times (the network is gone), then arrives. */
function flakyRoute(failures: number) {
  const load = vi.fn(async () => {
    if (load.mock.calls.length <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return { Screen: () => <h1>Interview screen</h1> };
  });
  const Route = preloadable(load, (m) => m.Screen);
  return { load, Route };
}

async function renderIn(children: ReactNode, props: { resetKey?: string; offerList?: boolean } = {}) {
  const i18n = await createI18n('en');
  const onRetry = vi.fn(retryFailedRoutes);
  const reload = vi.fn();
  const ui = (key: string) => (
    <I18nextProvider i18n={i18n}>
      <ScreenLoadBoundary resetKey={key} offerList={props.offerList ?? true} onRetry={onRetry} reload={reload}>
        <Suspense fallback={<p>loading</p>}>{children}</Suspense>
      </ScreenLoadBoundary>
    </I18nextProvider>
  );
  const view = render(ui(props.resetKey ?? 'a'));
  return { ...view, onRetry, reload, rerenderWith: (key: string) => view.rerender(ui(key)) };
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
}

// React reports every error a boundary catches on the console; here they are the point of the test.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));
afterEach(() => {
  cleanup();
  setOnline(true);
  vi.restoreAllMocks();
});

describe('a screen that cannot be loaded', () => {
  it('says why offline, with the focus on its heading, instead of a blank page; retrying fetches again and shows the screen', async () => {
    setOnline(false);
    const { load, Route } = flakyRoute(1);
    const { onRetry } = await renderIn(<Route />);
    const heading = await screen.findByRole('heading', { level: 1, name: 'This screen could not be opened' });
    expect(screen.getByRole('alert')).toHaveTextContent('There is no network');
    expect(screen.getByText(/Nothing has been lost/)).toBeInTheDocument();
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('link', { name: 'All interviews' })).toHaveAttribute('href', '#/');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Interview screen' })).toBeInTheDocument();
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tries again by itself when the network comes back', async () => {
    const { Route } = flakyRoute(1);
    await renderIn(<Route />);
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    act(() => void window.dispatchEvent(new Event('online')));
    expect(await screen.findByRole('heading', { name: 'Interview screen' })).toBeInTheDocument();
  });

  it('reloads the page when the retry made as the network came back fails the same way (the browser keeps the failed module)', async () => {
    setOnline(false);
    const { load, Route } = flakyRoute(Infinity);
    const { reload } = await renderIn(<Route />);
    await screen.findByRole('heading', { level: 1, name: 'This screen could not be opened' });
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    await screen.findByRole('heading', { level: 1, name: 'This screen could not be opened' });
    expect(reload).not.toHaveBeenCalled();

    setOnline(true);
    act(() => void window.dispatchEvent(new Event('online')));
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('does not fetch in a loop while the failure stands, even when each render asks for the chunk', async () => {
    const { load, Route } = flakyRoute(Infinity);
    // The interview route starts the fetch on every render, alongside its texts.
    function EagerRoute() {
      void Route.preload().catch(() => undefined);
      return <Route />;
    }
    await renderIn(<EagerRoute />);
    await screen.findByRole('alert');
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    // One fetch per failure, however often React rendered the route before showing the error.
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('fetches again when the screen is opened after a warm-up fetch failed', async () => {
    const { load, Route } = flakyRoute(1);
    await expect(Route.preload()).rejects.toThrow('Failed to fetch');
    await expect(Route.preload()).rejects.toThrow('Failed to fetch');
    expect(load).toHaveBeenCalledTimes(1);
    await renderIn(<Route />);
    expect(await screen.findByRole('heading', { name: 'Interview screen' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('gives the next route its own chance, and offers no way back to the list on the list itself', async () => {
    const { Route } = flakyRoute(1);
    const { rerenderWith, onRetry } = await renderIn(<Route />, { offerList: false });
    await screen.findByRole('alert');
    expect(screen.queryByRole('link', { name: 'All interviews' })).toBeNull();
    rerenderWith('b');
    expect(await screen.findByRole('heading', { name: 'Interview screen' })).toBeInTheDocument();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
