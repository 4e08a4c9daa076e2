import { build, preview } from 'vite';

export interface RunningApp {
  url: string;
  close: () => Promise<void>;
}

/** Production build served on a free loopback port, exactly what an operator's browser receives. */
export async function startAppServer(outDir: string): Promise<RunningApp> {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no URL');
  return { url: url.replace(/\/$/, ''), close: () => server.close() };
}
