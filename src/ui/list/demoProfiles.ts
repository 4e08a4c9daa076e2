/**
 * Example profiles from examples/profiles, bundled as lazy chunks: a new user can load one from
 * the start screen to see a complete interview. Each gets a fresh id so it can be loaded twice.
 */
const files = import.meta.glob<{ default: unknown }>('../../../examples/profiles/*.json');

/**
 * Each example's interviewee language, which names its button in the operator's language (file
 * names are not user-facing text). tests/unit/ui/demoProfiles.test.ts checks it against the files.
 */
const LANGUAGE_OF: Readonly<Record<string, string>> = { 'arabic-speaker': 'ar', 'tigrinya-speaker': 'ti', 'ukrainian-speaker': 'uk' };

export interface DemoProfile {
  name: string;
  path: string;
  /** Undefined only for a file missing from LANGUAGE_OF, which the test reports. */
  language: string | undefined;
}

export const DEMO_PROFILES: readonly DemoProfile[] = Object.keys(files)
  .sort()
  .map((path) => {
    const name = path.split('/').pop()!.replace(/\.json$/, '');
    return { name, path, language: LANGUAGE_OF[name] };
  });

export async function loadDemoProfile(name: string): Promise<unknown> {
  const entry = DEMO_PROFILES.find((d) => d.name === name);
  if (!entry) throw new Error(`unknown demo ${name}`);
  const doc = structuredClone((await files[entry.path]!()).default) as { interview?: { id?: string } };
  if (doc.interview) doc.interview.id = crypto.randomUUID();
  return doc;
}
