import { z } from 'zod';
import { CSRF_HEADER } from './auth.ts';
import { ErrorEnvelope } from './errors.ts';
import { accessOf, type AnyRouteDef, type RouteDef } from './routes.ts';

type Json = Record<string, unknown>;

/** One JSON Schema (2020-12, what OpenAPI 3.1 uses) for a request part or a response. */
const schemaOf = (schema: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
};

/** `/api/audit/:id` → `/api/audit/{id}`. */
export const openApiPath = (path: string) => path.replace(/:([A-Za-z]+)/g, '{$1}');

/** A zod object's fields as OpenAPI parameters of one location. */
function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const json = schemaOf(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
    ...(typeof property.description === 'string' ? { description: property.description } : {}),
  }));
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } } });

/** Who may call: nobody signed in for public routes; a session (plus CSRF header on changes) or a bearer token otherwise. */
function securityOf(def: AnyRouteDef): Json[] {
  if (accessOf(def) === 'public') return [];
  const session = def.method === 'GET' ? { sessionCookie: [] } : { sessionCookie: [], csrfHeader: [] };
  return def.sessionOnly ? [session] : [session, { bearerToken: [] }];
}

/** What a success answers: JSON, an event stream (each event's data described), or a file. */
function successOf(def: AnyRouteDef): [string, Json] {
  if (def.kind === 'stream') {
    const description = `Server-Sent Events named ${def.events.join(', ')}; each event's data is the JSON in x-event-data, its id the resume point (Last-Event-ID).`;
    return ['200', { description, content: { 'text/event-stream': { schema: { type: 'string' }, 'x-event-data': schemaOf(def.event, 'output') } } }];
  }
  if (def.kind === 'redirect') {
    return [
      '302',
      { description: 'A redirect: to the identity provider, back into the console, or to /sign-in?error=<code>.', headers: { Location: { schema: { type: 'string' } } } },
    ];
  }
  if (def.kind === 'download') {
    const file = { schema: { type: 'string', format: 'binary' } };
    return ['200', { description: 'A file to save (Content-Disposition: attachment), CSV or JSON by `format`.', content: { 'text/csv': file, 'application/json': file } }];
  }
  return [String(def.status ?? 200), { description: 'Success', content: { 'application/json': { schema: schemaOf(def.response, 'output') } } }];
}

function operationOf(name: string, def: AnyRouteDef): Json {
  const [status, success] = successOf(def);
  const body = def.kind === undefined || def.kind === 'json' ? (def as RouteDef).body : undefined;
  return {
    operationId: name,
    summary: `${name} (needs: ${accessOf(def)})`,
    parameters: [...parametersOf(def.params, 'path'), ...parametersOf(def.query, 'query')],
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(body, 'input') } } } } : {}),
    responses: {
      [status]: success,
      '400': errorResponse('Invalid input: `error.fields` names each field with a message'),
      '401': errorResponse('Not signed in, or the token is unknown, expired or revoked'),
      '403': errorResponse('The role, token or CSRF token does not allow it'),
      '404': errorResponse('No such resource'),
      '409': errorResponse('A conflict with the current state'),
      '429': errorResponse('Too many requests, or the cloud is throttling'),
      '502': errorResponse('The cloud failed or could not be reached'),
    },
    security: securityOf(def),
  };
}

/**
 * The BFF's API as OpenAPI 3.1, generated from the route table: every route with its
 * parameters, body, responses, the error envelope and both ways to authenticate.
 */
export function openApiDocument(table: Record<string, AnyRouteDef>, info: { title: string; version: string }): Json {
  const paths: Record<string, Record<string, Json>> = {};
  for (const [name, def] of Object.entries(table)) {
    const path = openApiPath(def.path);
    paths[path] = { ...paths[path], [def.method.toLowerCase()]: operationOf(name, def) };
  }
  return {
    openapi: '3.1.0',
    info: { ...info, description: 'The Portico backend-for-frontend. Errors share one envelope; cloud errors travel in `error.upstream`.' },
    paths,
    components: {
      schemas: { ErrorEnvelope: schemaOf(ErrorEnvelope, 'output') },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: 'portico_session', description: 'The browser session (named __Host-portico_session when PUBLIC_URL is https).' },
        csrfHeader: { type: 'apiKey', in: 'header', name: CSRF_HEADER, description: 'The session’s CSRF token from GET /api/session, on every change.' },
        bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (ptc_…) from the API tokens page.' },
      },
    },
  };
}
