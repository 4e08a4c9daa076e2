import type { i18n as I18n, TFunction } from 'i18next';

/**
 * Bumped whenever the translations an i18next instance holds change (a namespace or language
 * loaded, resources added or removed), so a remembered lookup never outlives them.
 */
const generations = new WeakMap<object, { value: number }>();
/** One remembering `t` per language, shared by every screen: switching back finds its lookups. */
const translators = new WeakMap<object, Map<string, TFunction>>();

// Keyed by the resource store: react-i18next hands components a new wrapper of the instance on each render.
function generationOf(i18n: I18n): { value: number } {
  let generation = generations.get(i18n.store);
  if (!generation) {
    const counter = { value: 0 };
    const bump = () => void (counter.value += 1);
    // 'added' and 'removed' come from the resource store only; the instance re-emits the backend's 'loaded'.
    i18n.on('loaded', bump);
    i18n.store.on('added', bump);
    i18n.store.on('removed', bump);
    generations.set(i18n.store, counter);
    generation = counter;
  }
  return generation;
}

/**
 * `i18n.getFixedT(language)` that remembers its lookups: a key, or a key with options whose values
 * are all plain (strings, numbers, booleans: plurals, interpolated names). A mediator switching
 * languages redraws every question of the section; i18next resolves each key anew (namespaces,
 * fallbacks, nesting, interpolation), which dominated a switch on a slow tablet. Other lookups go
 * straight to i18next. Keys without a namespace are looked up in `namespace`, else in the default one.
 */
export function cachedFixedT(i18n: I18n, language: string, namespace?: string): TFunction {
  let byLanguage = translators.get(i18n.store);
  if (!byLanguage) translators.set(i18n.store, (byLanguage = new Map()));
  const id = namespace === undefined ? language : `${language}\u0000${namespace}`;
  let translator = byLanguage.get(id);
  if (!translator) byLanguage.set(id, (translator = remembering(i18n, language, namespace)));
  return translator;
}

function remembering(i18n: I18n, language: string, namespace: string | undefined): TFunction {
  const t = i18n.getFixedT(language, namespace) as unknown as (...a: unknown[]) => unknown;
  const generation = generationOf(i18n);
  let seen = generation.value;
  let cache = new Map<string, string>();
  const cached = (...args: unknown[]) => {
    const id = cacheKey(args);
    if (id === undefined) return t(...args);
    if (seen !== generation.value || cache.size >= MAX_REMEMBERED) {
      seen = generation.value;
      cache = new Map();
    }
    let text = cache.get(id);
    if (text === undefined) {
      // A remembered key alone (no options) is the key itself.
      text = (id === args[0] ? plainText(i18n, language, namespace, id) : undefined) ?? String(t(...args));
      cache.set(id, text);
    }
    return text;
  };
  return cached as unknown as TFunction;
}

/**
 * A key's text read straight from the language's resources, when i18next would hand it back as it
 * is: found in that language, with nothing to interpolate or nest. After a reload every text of the
 * first screens is looked up for the first time, and i18next's full resolution (fallback chain,
 * interpolation and nesting scans, plural checks) was ~30 ms of the section's first render at 4x.
 * Undefined otherwise, and i18next resolves it.
 */
function plainText(i18n: I18n, language: string, namespace: string | undefined, key: string): string | undefined {
  const { nsSeparator, defaultNS } = i18n.options;
  const at = typeof nsSeparator === 'string' ? key.indexOf(nsSeparator) : -1;
  const [ns, path] = at > 0 ? [key.slice(0, at), key.slice(at + String(nsSeparator).length)] : [namespace ?? defaultNS, key];
  if (typeof ns !== 'string') return undefined;
  const text: unknown = i18n.getResource(language, ns, path);
  return typeof text === 'string' && !text.includes('{{') && !text.includes('$t(') ? text : undefined;
}

/** Lookups with many distinct values (counts, numbers) must not grow the memory without end. */
const MAX_REMEMBERED = 5_000;

/** The remembered lookup's key, or undefined when its result may depend on more than its arguments. */
function cacheKey(args: unknown[]): string | undefined {
  const [key, options] = args;
  if (typeof key !== 'string' || args.length > 2) return undefined;
  if (args.length === 1 || options === undefined) return key;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  const entries = Object.entries(options);
  if (!entries.every(([, v]) => v === null || ['string', 'number', 'boolean'].includes(typeof v))) return undefined;
  return `${key}\u0000${JSON.stringify(entries)}`;
}
