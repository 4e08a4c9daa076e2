import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureInstallPrompt } from '../../../src/pwa/install';
import { renderApp } from './renderApp';

afterEach(() => cleanup());

/** What Chromium fires once, early, when the app can be installed. */
function offerInstalling() {
  const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
    prompt: vi.fn(() => Promise.resolve()),
    userChoice: Promise.resolve({ outcome: 'accepted' as const }),
  });
  act(() => void window.dispatchEvent(event));
  return event;
}

describe('install offer on the interview list', () => {
  it('appears once the browser offers installing, and its button asks the browser', async () => {
    captureInstallPrompt(); // as main.tsx does before the first render
    const user = userEvent.setup();
    await renderApp('en', '#/');
    await screen.findByRole('heading', { level: 2, name: /interviews? on this device/ });
    expect(screen.queryByText('Install the app on this device')).not.toBeInTheDocument();

    const event = offerInstalling();
    expect(event.defaultPrevented).toBe(true); // kept for later, not shown by the browser at once
    expect(await screen.findByRole('region', { name: 'Install the app on this device' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Install app' }));
    expect(event.prompt).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByText('Install the app on this device')).not.toBeInTheDocument());
  });
});
