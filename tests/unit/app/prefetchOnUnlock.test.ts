import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { prefetchListOnUnlock } from '../../../src/app/prefetchOnUnlock';
import { createQueryClient, interviewKeys } from '../../../src/app/queries';
import { SecurityController } from '../../../src/security/securityController';
import { InterviewStore } from '../../../src/storage/interviewStore';
import { SkillsProfileDb } from '../../../src/storage/schema';
import { TEST_ITERATIONS, TEST_OPERATOR } from '../../support/unlockedStore';

async function lockedWithInterviews(count: number) {
  const name = `prefetch-${Date.now()}-${Math.random()}`;
  await Dexie.delete(name);
  const store = new InterviewStore(new SkillsProfileDb(name));
  const security = new SecurityController(store, { iterations: TEST_ITERATIONS });
  await security.init();
  await security.createOperator(TEST_OPERATOR);
  for (let i = 0; i < count; i++) await store.create({ operatorId: security.operatorId!, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
  await security.lock('manual');
  return { store, security };
}

const listPages = (client: ReturnType<typeof createQueryClient>) => client.getQueryCache().findAll({ queryKey: interviewKeys.pages });

describe('unlocking onto the interview list', () => {
  it('starts reading the first page as the PIN is accepted, before any screen asks for it', async () => {
    const { store, security } = await lockedWithInterviews(3);
    const client = createQueryClient();
    window.location.hash = '#/';
    prefetchListOnUnlock(security, store, client);
    expect(listPages(client)).toHaveLength(0);
    await security.unlockWithPin((security.getState() as { lastOperatorId: string }).lastOperatorId, TEST_OPERATOR.pin);
    const [query] = listPages(client);
    expect(query).toBeDefined();
    await expect.poll(() => (query!.state.data as { pages: { interviews: unknown[] }[] } | undefined)?.pages[0]?.interviews.length).toBe(3);
  });

  it('reads nothing when the app opens on another screen', async () => {
    const { store, security } = await lockedWithInterviews(1);
    const client = createQueryClient();
    window.location.hash = '#/diagnostics';
    prefetchListOnUnlock(security, store, client);
    await security.unlockWithPin((security.getState() as { lastOperatorId: string }).lastOperatorId, TEST_OPERATOR.pin);
    expect(listPages(client)).toHaveLength(0);
    window.location.hash = '#/';
  });
});
