import { render, screen } from '@testing-library/react';
import { Suspense, use, useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n, forgetFailedLanguageLoads, languageLoading } from '../../../src/i18n';
import * as resources from '../../../src/i18n/resources';

// The locale chunks are real; only the network is taken away, for one namespace at a time.
vi.mock('../../../src/i18n/resources', async (original) => {
  const real = await original<typeof import('../../../src/i18n/resources')>();
  return { ...real, loadNamespace: vi.fn(real.loadNamespace) };
});
const loadNamespace = vi.mocked(resources.loadNamespace);

describe('loading a language for the interview screen', () => {
  it('stays failed (no fetch loop on re-render) until a retry forgets the failure, then loads the texts', async () => {
    const i18n = await createI18n('fr');
    loadNamespace.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const first = languageLoading(i18n, 'fr');
    await expect(first).rejects.toThrow('Failed to fetch');
    const calls = loadNamespace.mock.calls.length;
    expect(languageLoading(i18n, 'fr')).toBe(first);
    expect(loadNamespace.mock.calls.length).toBe(calls);

    forgetFailedLanguageLoads(i18n);
    const again = languageLoading(i18n, 'fr');
    expect(again).not.toBe(first);
    await again;
    expect(i18n.getFixedT('fr', 'interview')('sections.personal.title')).toBe('Informations personnelles');
  });

  it('keeps a load that is still running, or done, when a retry is asked for: no second fetch', async () => {
    const i18n = await createI18n('es');
    const running = languageLoading(i18n, 'es');
    forgetFailedLanguageLoads(i18n);
    expect(languageLoading(i18n, 'es')).toBe(running);
    await running;
    const calls = loadNamespace.mock.calls.length;
    forgetFailedLanguageLoads(i18n);
    expect(languageLoading(i18n, 'es')).toBe(running);
    expect(loadNamespace.mock.calls.length).toBe(calls);
  });

  it('loads only the namespaces a screen asks for, with one promise per list (the lock screen and the route share it)', async () => {
    const i18n = await createI18n('tr');
    const texts = ['app', 'interview'];
    const loading = languageLoading(i18n, 'tr', texts);
    expect(languageLoading(i18n, 'tr', [...texts])).toBe(loading);
    await loading;
    expect(i18n.hasResourceBundle('tr', 'interview')).toBe(true);
    expect(i18n.hasResourceBundle('tr', 'diagnostics')).toBe(false);
    expect(languageLoading(i18n, 'tr', texts)).toBe(loading);
    const rest = languageLoading(i18n, 'tr');
    expect(rest).not.toBe(loading);
    await rest;
    expect(i18n.hasResourceBundle('tr', 'diagnostics')).toBe(true);
  });

  it('shows a screen whose texts arrived earlier (while the lock screen was up) without its loading fallback in between', async () => {
    const i18n = await createI18n('sq');
    await languageLoading(i18n, 'sq');
    let fallbackShown = false;
    function Fallback() {
      useEffect(() => void (fallbackShown = true), []);
      return <p>loading</p>;
    }
    function Screen() {
      const loading = languageLoading(i18n, 'sq');
      if (loading) use(loading);
      return <h1>{i18n.getFixedT('sq', 'interview')('sections.personal.title')}</h1>;
    }
    render(
      <Suspense fallback={<Fallback />}>
        <Screen />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { name: 'Të dhëna personale' })).toBeTruthy();
    expect(fallbackShown).toBe(false);
  });
});
