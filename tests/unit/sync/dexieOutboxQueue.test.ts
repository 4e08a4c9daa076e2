import { describeOutboxQueueContract } from '../../support/outboxQueueContract';
import { DexieOutboxQueue } from './dexieOutboxQueue';

describeOutboxQueueContract('reference Dexie queue', async () => {
  const queue = new DexieOutboxQueue();
  return { queue, enqueue: (profile) => queue.enqueue(profile) };
});
