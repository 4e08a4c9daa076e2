import { PICTOGRAMS } from './pictograms';

/** Decorative: the text next to it carries the meaning for screen readers. */
export function Pictogram({ id, size = 28 }: { id: string; size?: number }) {
  const d = PICTOGRAMS[id];
  if (!d) return null;
  return (
    <svg className="pictogram" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
