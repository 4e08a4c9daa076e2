import { expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from '../../../src/sync/backoff';

it('doubles from one second up to a five-minute cap', () => {
  const middle = () => 0.5;
  expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, middle))).toEqual([1000, 2000, 4000, 8000, 16000]);
  expect(backoffDelay(9, middle)).toBe(256_000);
  expect(backoffDelay(10, middle)).toBe(BACKOFF_CAP_MS);
  expect(backoffDelay(1000, middle)).toBe(BACKOFF_CAP_MS);
});

it('spreads retries with jitter but never below one second nor above five minutes', () => {
  for (const failures of [1, 3, 8, 9, 20]) {
    const low = backoffDelay(failures, () => 0);
    const high = backoffDelay(failures, () => 0.9999);
    expect(high).toBeGreaterThan(low);
    for (const d of [low, high]) {
      expect(d).toBeGreaterThanOrEqual(BACKOFF_BASE_MS);
      expect(d).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    }
  }
  expect(backoffDelay(1, () => 0)).toBe(BACKOFF_BASE_MS);
  expect(backoffDelay(4, () => 0)).toBe(6400);
});
