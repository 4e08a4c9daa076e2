import * as z from 'zod/mini';
import {
  apiErrorSchema,
  erasureResponseSchema,
  healthResponseSchema,
  profileResponseSchema,
  putProfileBodySchema,
  receiptSchema,
} from '../../src/domain/syncContract';
import { idSchema } from '../../src/domain/codes';

type JsonSchema = Record<string, unknown>;

function component(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  // Refinements (revision agreement, unique paths) cannot be expressed in JSON Schema; the server still enforces them.
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return json;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('Error') });

/** OpenAPI 3.1 document of the sync API, generated from the same zod schemas the server validates with. */
export function buildOpenApi(): JsonSchema {
  const idParam = { name: 'id', in: 'path', required: true, schema: component(idSchema, 'input') };
  const common = {
    400: error('Validation failed; `issues` lists the path of every problem.'),
    401: error('Missing, unknown or revoked device token.'),
    429: error('Too many requests; see the Retry-After header.'),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Skills profile sync API',
      version: '1',
      description: 'Receives finished skills-profile interviews from enrolled devices. See docs/sync.md.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { deviceToken: { type: 'http', scheme: 'bearer', description: 'Device token printed by `npm run server -- device add`.' } },
      schemas: {
        PutProfileBody: component(putProfileBodySchema, 'input'),
        Receipt: component(receiptSchema, 'output'),
        ProfileResponse: component(profileResponseSchema, 'output'),
        ErasureResponse: component(erasureResponseSchema, 'output'),
        Health: component(healthResponseSchema, 'output'),
        Error: component(apiErrorSchema, 'output'),
      },
    },
    paths: {
      '/api/v1/health': {
        get: {
          operationId: 'health',
          summary: 'Reachability and database kind; no token needed.',
          responses: { 200: { description: 'Server and database are up.', content: json('Health') }, 503: error('Database unavailable.') },
        },
      },
      '/api/v1/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document.', responses: { 200: { description: 'OpenAPI 3.1 document.' } } },
      },
      '/api/v1/profiles/{id}': {
        parameters: [idParam],
        put: {
          operationId: 'putProfile',
          summary: 'Store a revision of a finished profile (idempotent).',
          security: [{ deviceToken: [] }],
          requestBody: { required: true, content: json('PutProfileBody') },
          responses: {
            200: { description: 'Same revision and content already stored: the original receipt.', content: json('Receipt') },
            201: { description: 'New profile or higher revision stored.', content: json('Receipt') },
            ...common,
            409: error('`revision_conflict` (same revision, other content) or `stale_revision` (a later revision is stored); `latest` tells which.'),
            410: error('`erased`: the profile was erased and cannot be stored again.'),
            413: error('`payload_too_large`: body over the size limit.'),
          },
        },
        get: {
          operationId: 'getProfile',
          summary: "Latest revision and history, for devices of the profile's organisation only.",
          security: [{ deviceToken: [] }],
          responses: {
            200: { description: 'The latest revision.', content: json('ProfileResponse') },
            ...common,
            404: error('No such profile in this organisation.'),
            410: error('`erased`.'),
          },
        },
        delete: {
          operationId: 'eraseProfile',
          summary: 'Erase every revision and leave a tombstone; repeating it is harmless.',
          security: [{ deviceToken: [] }],
          responses: { 200: { description: 'Erased.', content: json('ErasureResponse') }, ...common },
        },
      },
    },
  };
}
