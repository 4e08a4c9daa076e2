// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createGroupCommit, type GroupCommitOptions } from './groupCommit';

interface Item {
  key: string;
  value: string;
}

/** An in-memory store: every call of `write` is one batch; a value 'bad' fails the whole batch it is in. */
function store(options: Partial<GroupCommitOptions<Item, string>> = {}) {
  const batches: string[][] = [];
  const written: string[] = [];
  const submit = createGroupCommit<Item, string>({
    key: (item) => item.key,
    size: (item) => item.value.length,
    maxItems: 100,
    maxBytes: 1000,
    concurrency: 1,
    async write(items) {
      batches.push(items.map((i) => i.value));
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (items.some((i) => i.value === 'bad')) throw new Error('refused');
      written.push(...items.map((i) => i.value));
      return items.map((i) => `stored ${i.value}`);
    },
    ...options,
  });
  return { submit, batches, written };
}

describe('group commit', () => {
  it('writes a lone item at once and the items that arrive meanwhile together, each getting its own result', async () => {
    const { submit, batches } = store();
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((v) => submit({ key: v, value: v })));
    expect(results).toEqual(['stored a', 'stored b', 'stored c', 'stored d']);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never puts two items of one key in a batch, and writes them in the order they came', async () => {
    const { submit, batches, written } = store();
    await Promise.all([submit({ key: 'x', value: 'x0' }), submit({ key: 'p', value: 'p1' }), submit({ key: 'p', value: 'p2' }), submit({ key: 'q', value: 'q1' }), submit({ key: 'p', value: 'p3' })]);
    expect(batches).toEqual([['x0'], ['p1', 'q1'], ['p2'], ['p3']]);
    expect(written.filter((v) => v.startsWith('p'))).toEqual(['p1', 'p2', 'p3']);
  });

  it('does not write an item of a key while another batch of that key is being written', async () => {
    const { submit, batches } = store({ concurrency: 3 });
    await Promise.all([submit({ key: 'p', value: 'p1' }), submit({ key: 'p', value: 'p2' }), submit({ key: 'q', value: 'q1' })]);
    expect(batches).toEqual([['p1'], ['q1'], ['p2']]);
  });

  it('writes each item of a failed batch alone: only the item that fails gets the error', async () => {
    const { submit, batches, written } = store();
    const results = await Promise.allSettled(['a', 'b', 'bad', 'c'].map((v, i) => submit({ key: String(i), value: v })));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['stored a', 'stored b', 'refused', 'stored c']);
    expect(batches).toEqual([['a'], ['b', 'bad', 'c'], ['b'], ['bad'], ['c']]);
    expect(written).toEqual(['a', 'b', 'c']);
  });

  it('bounds a batch by items and by bytes, but always takes one item', async () => {
    const byItems = store({ maxItems: 2 });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((v) => byItems.submit({ key: v, value: v })));
    expect(byItems.batches).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
    const byBytes = store({ maxBytes: 5 });
    await Promise.all(['aaa', 'bbb', 'ccc', 'dddddddd', 'e'].map((v) => byBytes.submit({ key: v, value: v })));
    expect(byBytes.batches).toEqual([['aaa'], ['bbb'], ['ccc'], ['dddddddd'], ['e']]);
  });
});
