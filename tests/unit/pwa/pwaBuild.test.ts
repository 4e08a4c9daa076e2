import { describe, expect, it } from 'vitest';
import { chunkFileNames, runtimeOnlyFiles } from '../../../scripts/lib/pwaBuild';

const chunk = (fileName: string, facadeModuleId: string | null, moduleIds: string[] = [], isEntry = false) => ({ type: 'chunk' as const, fileName, facadeModuleId, moduleIds, isEntry });

describe('what the service worker precaches and what it caches on first use', () => {
  const bundle = {
    main: chunk('assets/index-a.js', '/app/src/main.tsx', ['/app/src/main.tsx', '/app/src/pdf/fonts.ts'], true),
    it: chunk('assets/locale-it-app-b.js', '/app/locales/it/app.json'),
    en: chunk('assets/locale-en-interview-c.js', '/app/locales/en/interview.json'),
    ar: chunk('assets/locale-ar-interview-d.js', '/app/locales/ar/interview.json'),
    pdf: chunk('assets/browser-e.js', '/app/node_modules/@react-pdf/renderer/lib/react-pdf.browser.js', ['/app/node_modules/@react-pdf/renderer/lib/react-pdf.browser.js']),
    isco: chunk('assets/titles-f.js', '/app/src/taxonomy/isco08/titles.ts', ['/app/src/taxonomy/isco08/titles.ts']),
    font: { type: 'asset' as const, fileName: 'assets/noto-sans-arabic-g.woff2' },
    css: { type: 'asset' as const, fileName: 'assets/index-h.css' },
    pdfWorker: { type: 'asset' as const, fileName: 'assets/pdf.worker-i.js' },
    otherWorker: { type: 'asset' as const, fileName: 'assets/search.worker-j.js' },
  };

  it('leaves interview-only locales, the PDF engine and fonts to runtime caching, and precaches the rest', () => {
    expect(runtimeOnlyFiles(bundle, ['it', 'en'])).toEqual(['assets/browser-e.js', 'assets/locale-ar-interview-d.js', 'assets/noto-sans-arabic-g.woff2', 'assets/pdf.worker-i.js']);
  });

  it('names locale chunks by language and namespace', () => {
    expect(chunkFileNames({ facadeModuleId: '/app/locales/ar/pwa.json', name: 'pwa' })).toBe('assets/locale-ar-pwa-[hash].js');
    expect(chunkFileNames({ facadeModuleId: '/app/src/ui/interview/InterviewScreen.tsx', name: 'InterviewScreen' })).toBe('assets/[name]-[hash].js');
  });
});
