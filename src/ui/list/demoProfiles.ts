/**
 * Example profiles from examples/profiles, bundled as lazy chunks: a new user can load one from
 * the start screen to see a complete interview. Each gets a fresh id so it can be loaded twice.
 */
const files = import.meta.glob<{ default: unknown }>('../../../examples/profiles/*.json');

export const DEMO_PROFILES = Object.keys(files)
  .sort()
  .map((path) => {
    const name = path.split('/').pop()!.replace(/\.json$/, '');
    return { name, path, label: name.replace(/[-_]/g, ' ') };
  });

export async function loadDemoProfile(name: string): Promise<unknown> {
  const entry = DEMO_PROFILES.find((d) => d.name === name);
  if (!entry) throw new Error(`unknown demo ${name}`);
  const doc = structuredClone((await files[entry.path]!()).default) as { interview?: { id?: string } };
  if (doc.interview) doc.interview.id = crypto.randomUUID();
  return doc;
}
