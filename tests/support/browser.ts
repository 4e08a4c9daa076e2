import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];

/** In CI a missing browser must fail the run; on a developer machine the browser tests are skipped. */
export const hasBrowser = existsSync(CHROMIUM_PATH);
if (!hasBrowser && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; CI must install it (apt-get install -y chromium)`);

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh profile (own IndexedDB and service workers) per test, like a new tablet. */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, ...options });
}

/** A screen the app rendered: its loading placeholders (a route or an interview still loading) are busy and do not count. */
export const APP_SCREEN = '#root main:not([aria-busy="true"])';

export async function openApp(context: BrowserContext, hash = '#/'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/${hash}`);
  await page.locator(`${APP_SCREEN}, #root .interview-layout`).first().waitFor();
  return page;
}

export const ARTIFACTS_DIR = 'test-artifacts';
export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return `${ARTIFACTS_DIR}/${name}`;
}
