import { z } from 'zod';
import type { stateExtensions } from 'codemirror-json-schema';
import { backendModelSchemas, type BackendType } from '@portico/contracts/backend-models';

/** The schema the editor takes: typed draft-07 by codemirror-json-schema, which validates draft-04. */
export type ModelJsonSchema = NonNullable<Parameters<typeof stateExtensions>[0]>;

const cache = new Map<BackendType, ModelJsonSchema>();

/**
 * The contract's schema for a backend type as JSON Schema draft-04, for the editor's in-line
 * lint (codemirror-json-schema validates draft-04 only: zod's default 2020-12 output would
 * let a port of 70000 pass without a word). Rules zod cannot express in JSON Schema (the
 * "ServiceAddress or DiscoveryConfig" rule of HTTP) are left to `checkBackendModel`.
 */
export function modelJsonSchema(type: BackendType): ModelJsonSchema {
  let schema = cache.get(type);
  if (!schema) {
    // A draft-04 document under the library's draft-07 type: the draft the library actually validates.
    schema = z.toJSONSchema(backendModelSchemas[type], { target: 'draft-4', io: 'input', unrepresentable: 'any' }) as ModelJsonSchema;
    cache.set(type, schema);
  }
  return schema;
}
