import type { questionForPath } from '../questionnaire/engine';

type Lookup = (path: string) => ReturnType<typeof questionForPath>;

let loading: Promise<Lookup> | undefined;

/**
 * The store's view of the questionnaire, loaded on first use. Every section's questions are not
 * needed to show the lock screen or the list (they load with the interview screen); the store
 * needs them only to refuse personal answers before consent and to check imported documents.
 */
function lookup(): Promise<Lookup> {
  return (loading ??= Promise.all([import('../questionnaire/questionnaire'), import('../questionnaire/engine')]).then(
    ([{ SPT_QUESTIONNAIRE }, { questionForPath }]): Lookup =>
      (path) =>
        questionForPath(SPT_QUESTIONNAIRE, path),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** Paths that are personal data, or that the store cannot tell are not (groups, unknown questions). */
export async function personalPaths(paths: readonly string[]): Promise<string[]> {
  const question = await lookup();
  return paths.filter((path) => {
    const q = question(path);
    return q === undefined || q.kind === 'group' || q.personal;
  });
}

/** Paths that are no question of this questionnaire. */
export async function unknownPaths(paths: readonly string[]): Promise<string[]> {
  const question = await lookup();
  return paths.filter((path) => question(path) === undefined);
}
