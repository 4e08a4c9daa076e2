/**
 * Token bucket per client key (IP address): `limit` requests per minute with bursts up to `limit`.
 * In-memory on purpose — one process serves one organisation's devices; a restart only forgets
 * who was throttled.
 */
export interface RateLimiter {
  /** 0 when the request may proceed, otherwise the seconds to wait before retrying. */
  take(key: string): number;
}

export function createRateLimiter(limitPerMinute: number, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = limitPerMinute / 60_000;
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: limitPerMinute, at: t };
      bucket.tokens = Math.min(limitPerMinute, bucket.tokens + (t - bucket.at) * perMs);
      bucket.at = t;
      buckets.set(key, bucket);
      if (buckets.size > 10_000) {
        // Full buckets carry no information; dropping them bounds memory under a flood of addresses.
        for (const [k, b] of buckets) if (b.tokens >= limitPerMinute - 1) buckets.delete(k);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
    },
  };
}
