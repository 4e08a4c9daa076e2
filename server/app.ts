import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { Database } from './db/database';
import { authenticateToken, type AuthenticatedDevice } from './devices';
import { createDeviceAuthCache } from './deviceAuthCache';
import { HttpError, unauthorizedError } from './http/httpError';
import { nulCharacterIssues } from './http/nulCharacters';
import './http/validationMessages';
import { buildOpenApi } from './http/openapi';
import { createRateLimiter } from './http/rateLimit';
import { registerPwa } from './http/staticPwa';
import { eraseProfile, getProfile } from './profiles';
import { createProfileUploads } from './profileUploads';
import { storeAuditEntries } from './audit';
import { auditUploadBodySchema } from '../src/domain/auditEntry';
import { API_PREFIX, apiIssues, profileIdParamsSchema, putProfileBodySchema, type ApiIssue, type HealthResponse } from '../src/domain/syncContract';

declare module 'fastify' {
  interface FastifyRequest {
    device: AuthenticatedDevice | null;
  }
}

export interface AppOptions {
  db: Database;
  /** Folder of the built PWA to serve; nothing is served besides the API when absent. */
  staticDir?: string | undefined;
  /** Largest accepted request body. */
  bodyLimitBytes?: number;
  /** Requests per minute per client address; `false` turns limiting off (benchmarks). */
  rateLimitPerMinute?: number | false;
  /** Origins allowed to call the API from another site (a PWA hosted elsewhere); `*` by default. */
  corsOrigin?: string;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT = 1200;

const UUID_IN_PATH = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/**
 * Logs carry method, path (ids masked), status and timing only: no headers (tokens), no bodies
 * (personal data), no client addresses.
 */
export function privacyLogger(level = 'info'): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (req: FastifyRequest) => ({ method: req.method, url: (req.url.split('?')[0] ?? '').replace(UUID_IN_PATH, ':id') }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error & { code?: string }) => ({ type: err.name, code: err.code, message: err.message, stack: err.stack ?? '' }),
    },
  };
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

function parseId(params: unknown): string {
  const parsed = profileIdParamsSchema.safeParse(params);
  if (!parsed.success) throw new HttpError(400, 'validation_failed', 'The profile id is not valid.', { issues: apiIssues(parsed.error) });
  return parsed.data.id;
}

function requireDevice(request: FastifyRequest): AuthenticatedDevice {
  if (!request.device) throw unauthorizedError();
  return request.device;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
  });
  const limiter = options.rateLimitPerMinute === false ? undefined : createRateLimiter(options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT);
  const corsOrigin = options.corsOrigin ?? '*';
  const openApi = buildOpenApi();
  const uploadAuth = createDeviceAuthCache(db);
  const uploads = createProfileUploads(db);

  app.decorateRequest('device', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith(`${API_PREFIX}/`)) return;
    reply.header('Access-Control-Allow-Origin', corsOrigin);
    reply.header('Cache-Control', 'no-store');
    if (request.method === 'OPTIONS') {
      reply
        .header('Access-Control-Allow-Methods', 'GET, PUT, POST, DELETE, OPTIONS')
        .header('Access-Control-Allow-Headers', 'Authorization, Content-Type')
        .header('Access-Control-Max-Age', '600')
        .code(204)
        .send();
      return reply;
    }
    if (limiter) {
      const wait = limiter.take(request.ip);
      if (wait > 0) throw new HttpError(429, 'rate_limited', 'Too many requests.', { retryAfterSeconds: wait });
    }
    // Authenticate before the body is read: an unknown caller cannot make the server parse megabytes.
    // Uploads, the hot path, may use a token looked up a few seconds ago: uploads.put checks in its
    // own transaction that the device is still active. Everything else asks the database each time.
    const token = bearerToken(request);
    if (token) {
      const isUpload = request.method === 'PUT' && request.url.startsWith(`${API_PREFIX}/profiles/`);
      request.device = (await (isUpload ? uploadAuth.authenticate(token) : authenticateToken(db, token))) ?? null;
    }
    if (!request.device && (request.url.startsWith(`${API_PREFIX}/profiles`) || request.url.startsWith(`${API_PREFIX}/audit`))) requireDevice(request);
  });

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    let failure: HttpError;
    if (error instanceof HttpError) failure = error;
    else if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') failure = new HttpError(413, 'payload_too_large', 'The request body is larger than the server accepts.');
    else if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') failure = new HttpError(415, 'unsupported_media_type', 'Send application/json.');
    else if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
      failure = new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
    } else {
      request.log.error({ err: error }, 'request failed');
      failure = new HttpError(500, 'internal_error', 'The server could not handle the request.');
    }
    if (failure.extra.retryAfterSeconds) reply.header('Retry-After', String(failure.extra.retryAfterSeconds));
    return reply.code(failure.status).send(failure.body());
  });

  app.get(`${API_PREFIX}/health`, async (_request, reply) => {
    try {
      await db.query('SELECT 1');
    } catch (error) {
      app.log.error({ err: error }, 'database health check failed');
      return reply.code(503).send({ code: 'internal_error', message: 'The database is not available.' });
    }
    const body: HealthResponse = { status: 'ok', database: db.kind, apiVersion: 1, time: new Date().toISOString() };
    return body;
  });

  app.get(`${API_PREFIX}/openapi.json`, async () => openApi);

  app.put(`${API_PREFIX}/profiles/:id`, async (request, reply) => {
    const device = requireDevice(request);
    const issues: ApiIssue[] = [];
    const params = profileIdParamsSchema.safeParse(request.params);
    if (!params.success) issues.push(...apiIssues(params.error));
    const body = putProfileBodySchema.safeParse(request.body);
    if (!body.success) issues.push(...apiIssues(body.error));
    if (params.success && body.success && body.data.profile.interview.id !== params.data.id) {
      issues.push({ path: 'profile.interview.id', message: 'sync.idMismatch' });
    }
    if (body.success) issues.push(...nulCharacterIssues(body.data.profile, ['profile']));
    if (issues.length || !params.success || !body.success) {
      throw new HttpError(400, 'validation_failed', 'The profile does not match the expected format.', { issues });
    }
    const outcome = await uploads.put(device, params.data.id, body.data).catch((error: unknown) => {
      if (error instanceof HttpError && error.status === 401) uploadAuth.forget(device.id);
      throw error;
    });
    return reply.code(outcome.status).send(outcome.receipt);
  });

  app.get(`${API_PREFIX}/profiles/:id`, async (request) => {
    const device = requireDevice(request);
    return getProfile(db, device, parseId(request.params));
  });

  app.delete(`${API_PREFIX}/profiles/:id`, async (request) => {
    const device = requireDevice(request);
    return eraseProfile(db, device, parseId(request.params));
  });

  // The device's audit trail (ids only), kept per organisation (server/audit.ts).
  app.post(`${API_PREFIX}/audit`, async (request) => {
    const device = requireDevice(request);
    const body = auditUploadBodySchema.safeParse(request.body);
    if (!body.success) throw new HttpError(400, 'validation_failed', 'The audit entries do not match the expected format.', { issues: apiIssues(body.error) });
    return storeAuditEntries(db, device, body.data);
  });

  await registerPwa(app, options.staticDir);
  return app;
}
