import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { NO_CACHE_FILES } from './precompress';

const PRECOMPRESSED_SUFFIX = /\.(?:br|gz)$/;

/**
 * Serves the built PWA. Any GET for a path that is not a file gets index.html (client-side
 * routes), except under /api/, which always answers JSON so that a wrong API URL is never
 * mistaken for a working endpoint by the sync engine. Returns false when the folder is missing.
 */
export async function registerPwa(app: FastifyInstance, dir: string | undefined): Promise<boolean> {
  const root = resolve(dir ?? '.');
  const hasApp = dir !== undefined && existsSync(resolve(root, 'index.html'));
  if (hasApp) {
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      // `.br`/`.gz` twins written at build time (precompress.ts) go to browsers that accept them,
      // with Content-Encoding and Vary: Accept-Encoding; files without twins (builds without them,
      // sw.js and the other no-cache files) are served plain.
      preCompressed: true,
      setHeaders(res, path) {
        // `path` is the file actually sent, e.g. sw.js.br: its rules are those of sw.js.
        const name = (path.split(/[\\/]/).pop() ?? '').replace(PRECOMPRESSED_SUFFIX, '');
        // The shell and the service worker must be revalidated or an update never reaches the tablets.
        if (NO_CACHE_FILES.has(name)) res.header('Cache-Control', 'no-cache');
        else if (path.includes(`${root}/assets/`)) res.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/')) {
      return reply.code(404).send({ code: 'not_found', message: 'No such API endpoint.' });
    }
    const last = path.split('/').pop() ?? '';
    if (hasApp && (request.method === 'GET' || request.method === 'HEAD') && !last.includes('.')) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    return reply.code(404).type('text/plain').send('Not found');
  });
  return hasApp;
}
