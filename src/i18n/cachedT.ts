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
 * straight to i18next.
 */
export function cachedFixedT(i18n: I18n, language: string): TFunction {
  let byLanguage = translators.get(i18n.store);
  if (!byLanguage) translators.set(i18n.store, (byLanguage = new Map()));
  let translator = byLanguage.get(language);
  if (!translator) byLanguage.set(language, (translator = remembering(i18n, language)));
  return translator;
}

function remembering(i18n: I18n, language: string): TFunction {
  const t = i18n.getFixedT(language);
  const generation = generationOf(i18n);
  let seen = generation.value;
  let cache = new Map<string, string>();
  const cached = (...args: unknown[]) => {
    const id = cacheKey(args);
    if (id === undefined) return (t as unknown as (...a: unknown[]) => unknown)(...args);
    if (seen !== generation.value || cache.size >= MAX_REMEMBERED) {
      seen = generation.value;
      cache = new Map();
    }
    let text = cache.get(id);
    if (text === undefined) {
      text = String((t as unknown as (...a: unknown[]) => unknown)(...args));
      cache.set(id, text);
    }
    return text;
  };
  return cached as unknown as TFunction;
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
