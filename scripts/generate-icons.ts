/**
 * Renders the PNG app icons in public/icons from the SVG sources in scripts/icons. The PNGs are committed (small,
 * and a build must not depend on a native rasteriser); run this after changing an SVG:
 *   npx tsx scripts/generate-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const sources = fileURLToPath(new URL('./icons/', import.meta.url));
const dir = fileURLToPath(new URL('../public/icons/', import.meta.url));

const targets: Array<{ source: string; out: string; size: number }> = [
  { source: 'icon.svg', out: 'icon-192.png', size: 192 },
  { source: 'icon.svg', out: 'icon-512.png', size: 512 },
  { source: 'icon-maskable.svg', out: 'icon-maskable-192.png', size: 192 },
  { source: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512 },
  // iOS ignores the manifest icons and wants an opaque square: the maskable art fits that.
  { source: 'icon-maskable.svg', out: 'apple-touch-icon-180.png', size: 180 },
];

for (const { source, out, size } of targets) {
  const png = new Resvg(readFileSync(sources + source, 'utf8'), { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(dir + out, png);
  console.log(`${out}: ${size}x${size}, ${png.length} bytes`);
}
