export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/**
 * Delay before retry number `failures` (1 = first failure): doubling from 1 s up to a 5-minute
 * cap, with ±20 % jitter so that tablets coming back online together do not retry in lock-step.
 * Never below the base nor above the cap.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  const nominal = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  const jittered = nominal * (0.8 + 0.4 * random());
  return Math.round(Math.min(BACKOFF_CAP_MS, Math.max(BACKOFF_BASE_MS, jittered)));
}
