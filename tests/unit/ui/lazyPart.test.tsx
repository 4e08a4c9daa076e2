import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { lazyPart, useLazyPart, type LazyPart } from '../../../src/ui/common/lazyPart';
import { PartLoadStatus } from '../../../src/ui/common/PartLoadStatus';

afterEach(() => cleanup());

function Shows({ part, wanted, texts }: { part: LazyPart<{ text: string }>; wanted: boolean; texts?: string[] }) {
  const state = useLazyPart(part, wanted, texts);
  return (
    <>
      <p>{state.kind === 'ready' ? state.module.text : state.kind}</p>
      <button type="button" onClick={state.retry}>
        retry
      </button>
    </>
  );
}

/**
 * A part whose first fetch fails as on a lost network; the next ones succeed, at once or, when
 * `held`, once `fetched.arrive()` is called. `view(wanted)` renders it.
 */
async function partFailingFirst({ held = false } = {}) {
  const i18n = await createI18n('it');
  const fetched = { calls: 0, arrive: () => undefined as void };
  const part = lazyPart(async () => {
    fetched.calls += 1;
    if (fetched.calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
    if (held) await new Promise<void>((resolve) => (fetched.arrive = resolve));
    return { text: 'the part' };
  });
  const view = (wanted: boolean) => (
    <I18nextProvider i18n={i18n}>
      <Shows part={part} wanted={wanted} />
    </I18nextProvider>
  );
  return { fetched, view };
}

describe('a lazily loaded part of a screen', () => {
  it('loads only when wanted, shows a failure, and fetches again on the next attempt', async () => {
    const { fetched, view } = await partFailingFirst();
    const { rerender } = render(view(false));
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(fetched.calls).toBe(0);

    rerender(view(true));
    expect(await screen.findByText('failed')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'retry' }));
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(fetched.calls).toBe(2);
  });

  it('forgets a failure when it is wanted anew, as a panel opened again, and says it is loading', async () => {
    const { fetched, view } = await partFailingFirst({ held: true });
    const { rerender } = render(view(true));
    expect(await screen.findByText('failed')).toBeInTheDocument();
    rerender(view(false));
    rerender(view(true));
    expect(screen.getByText('loading')).toBeInTheDocument();
    await waitFor(() => expect(fetched.calls).toBe(2));
    fetched.arrive();
    expect(await screen.findByText('the part')).toBeInTheDocument();
    expect(fetched.calls).toBe(2);
  });

  it('waits for the texts it needs in the operator language, and is ready at once the next time', async () => {
    const i18n = await createI18n('it');
    const part = lazyPart(async () => ({ text: 'with texts' }));
    const view = (
      <I18nextProvider i18n={i18n}>
        <Shows part={part} wanted texts={['pdf']} />
      </I18nextProvider>
    );
    expect(i18n.hasResourceBundle('it', 'pdf')).toBe(false);
    render(view);
    expect(await screen.findByText('with texts')).toBeInTheDocument();
    expect(i18n.hasResourceBundle('it', 'pdf')).toBe(true);
    cleanup();
    await act(async () => {
      render(view);
    });
    expect(screen.getByText('with texts')).toBeInTheDocument();
  });
});

describe('what a lazily loaded part shows until it is in', () => {
  it('says it is loading, or that it could not be loaded with a retry button, in the operator language', async () => {
    const i18n = await createI18n('it');
    const onRetry = vi.fn();
    const { rerender } = render(
      <I18nextProvider i18n={i18n}>
        <PartLoadStatus failed={false} onRetry={onRetry} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Caricamento…');
    rerender(
      <I18nextProvider i18n={i18n}>
        <PartLoadStatus failed onRetry={onRetry} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Non è stato possibile caricarne i file');
    fireEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
