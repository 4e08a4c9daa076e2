import { describe, expect, it } from 'vitest';
import { assetFileNames, assetsInlineLimit, runtimeOnlyFiles } from '../../../scripts/lib/pwaBuild';

const locale = (fileName: string, source: string) => ({ type: 'asset' as const, fileName, originalFileNames: [source] });
const chunk = (fileName: string, facadeModuleId: string | null, moduleIds: string[] = [], isEntry = false) => ({ type: 'chunk' as const, fileName, facadeModuleId, moduleIds, isEntry });

describe('what the service worker precaches and what it caches on first use', () => {
  const bundle = {
    main: chunk('assets/index-a.js', '/app/src/main.tsx', ['/app/src/main.tsx', '/app/src/pdf/fonts.ts'], true),
    it: locale('assets/locale-it-app-b.json', '/app/locales/it/app.json'),
    en: locale('assets/locale-en-interview-c.json', '/app/locales/en/interview.json'),
    // Rolldown names the source relative to the project root.
    ar: locale('assets/locale-ar-interview-d.json', 'locales/ar/interview.json'),
    pdf: chunk('assets/browser-e.js', '/app/node_modules/@react-pdf/renderer/lib/react-pdf.browser.js', ['/app/node_modules/@react-pdf/renderer/lib/react-pdf.browser.js']),
    isco: chunk('assets/titles-f.js', '/app/src/taxonomy/isco08/titles.ts', ['/app/src/taxonomy/isco08/titles.ts']),
    font: { type: 'asset' as const, fileName: 'assets/noto-sans-arabic-g.woff2' },
    css: { type: 'asset' as const, fileName: 'assets/index-h.css' },
    pdfWorker: { type: 'asset' as const, fileName: 'assets/pdf.worker-i.js' },
    otherWorker: { type: 'asset' as const, fileName: 'assets/search.worker-j.js' },
  };

  it('leaves interview-only locales, the PDF engine and fonts to runtime caching, and precaches the rest', () => {
    expect(runtimeOnlyFiles(bundle, ['it', 'en'])).toEqual(['assets/browser-e.js', 'assets/locale-ar-interview-d.json', 'assets/noto-sans-arabic-g.woff2', 'assets/pdf.worker-i.js']);
  });

  it('names locale files by language and namespace, and never inlines them', () => {
    expect(assetFileNames({ originalFileNames: ['/app/locales/ar/pwa.json'] })).toBe('assets/locale-ar-pwa-[hash][extname]');
    expect(assetFileNames({ originalFileNames: ['/app/src/ui/styles.css'] })).toBe('assets/[name]-[hash][extname]');
    expect(assetsInlineLimit('/app/locales/it/sync.json')).toBe(false);
    expect(assetsInlineLimit('/app/public/favicon.svg')).toBeUndefined();
  });
});
