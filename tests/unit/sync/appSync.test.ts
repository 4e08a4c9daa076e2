// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../server/testing/testServer';
import { createServices, type Services } from '../../../src/app/services';
import { readSyncSettings } from '../../../src/app/syncSettings';
import { DEFAULT_CONFIG } from '../../../src/questionnaire/types';
import { InterviewStore } from '../../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../../src/storage/schema';
import { consent, digest } from '../storage/helpers';
import { TEST_ITERATIONS, TEST_OPERATOR } from '../../support/unlockedStore';

let server: TestServer;
let counter = 0;

async function signedIn(): Promise<Services> {
  const services = createServices(new InterviewStore(new SkillsProfileDb(`app-sync-${Date.now()}-${++counter}`)), DEFAULT_CONFIG, { iterations: TEST_ITERATIONS });
  await services.security.init();
  await services.security.createOperator(TEST_OPERATOR);
  return services;
}

async function finished(services: Services): Promise<string> {
  const { id } = await services.store.create({ operatorId: 'op', operatorLanguage: 'it', intervieweeLanguage: 'en' });
  await services.store.applyChanges(id, { put: [consent], delete: [] }, digest);
  await services.store.finish(id);
  return id;
}

describe('the app’s sync engine', () => {
  beforeAll(async () => {
    server = await startTestServer({ org: 'Test Centre' });
  }, 60_000);
  afterAll(() => server?.close());

  it('is not enrolled until a token is stored; enrolment syncs what was finished, once', async () => {
    const services = await signedIn();
    const id = await finished(services);
    // Not loaded with the first screen: the engine starts on its own once the page is idle after sign-in.
    expect(services.sync.engine.getStatus().phase).toBe('idle');
    await expect.poll(() => services.sync.engine.getStatus().phase, { timeout: 5_000 }).toBe('not_enrolled');
    const run = await services.sync.enrol(server.url, server.token);
    expect(run).toMatchObject({ outcome: 'completed', stored: 1 });
    expect(await server.revisions(id)).toEqual([1]);
    expect(await services.store.outboxEntries()).toEqual([expect.objectContaining({ interviewId: id, state: 'synced' })]);
    const settings = await readSyncSettings(services.store);
    expect(settings).toMatchObject({ serverUrl: server.url, enrolled: true, needsEnrolment: false });
    expect(JSON.stringify(await services.store.db.settings.toArray())).not.toContain(server.token);
    services.sync.dispose();
  }, 60_000);

  it('sends an erasure made on the device to the server on the next run', async () => {
    const services = await signedIn();
    const id = await finished(services);
    await services.sync.enrol(server.url, server.token);
    // Enrolled before the engine loaded on its own: what screens read follows the run all the same.
    expect(services.sync.engine.getStatus().lastRun).toMatchObject({ outcome: 'completed', stored: 1 });
    expect(await server.revisions(id)).toEqual([1]);
    await services.store.erase(id);
    await services.sync.engine.syncNow();
    await expect.poll(() => services.store.pendingServerErasures(), { timeout: 10_000 }).toEqual([]);
    expect(await server.revisions(id)).toEqual([]);
    const resend = await fetch(`${server.url}/api/v1/profiles/${id}`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(resend.status).toBe(410);
    services.sync.dispose();
  }, 60_000);

  it('marks the device for re-enrolment on 401 and stops with the lock', async () => {
    const services = await signedIn();
    await finished(services);
    const run = await services.sync.enrol(server.url, 'spt_not-a-real-token-000000000000');
    expect(run.outcome).toBe('unauthorized');
    await expect.poll(async () => (await readSyncSettings(services.store)).needsEnrolment).toBe(true);
    await services.security.lock();
    // Locked: the outbox cannot be read, and the engine no longer runs on its own.
    await expect(services.store.nextBatch(1)).rejects.toMatchObject({ code: 'security:errors.locked' });
    services.sync.dispose();
  }, 60_000);
});
