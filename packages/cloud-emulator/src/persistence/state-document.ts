import { z } from 'zod';
import { apiGatewayRegionFromJson, apiGatewayRegionToJson, type ApiGatewayRegionJson } from '../services/apigateway/snapshot.ts';
import type { ApiGatewayRegionState, ApiGatewayStore } from '../services/apigateway/store.ts';
import { vpcepProjectFromJson, vpcepProjectToJson, type VpcepProjectJson } from '../services/vpcep/snapshot.ts';
import type { VpcepProjectState, VpcepStore } from '../services/vpcep/store.ts';

/**
 * The emulator's whole cloud state as one JSON document: the state file under the data
 * directory, a named snapshot, and an exported scenario all have this shape. `version` says
 * how to read it; a document of another version is migrated (when a migration exists) or
 * refused whole, never half-read.
 */
export const STATE_FORMAT = 'portico-cloud-emulator-state';
export const STATE_VERSION = 1;

export interface StateDocument {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  savedAt: string;
  /** API Gateway regions that were used (per account and RegionId). */
  alibaba: ApiGatewayRegionJson[];
  /** VPCEP projects that were used (per account and project). */
  huawei: VpcepProjectJson[];
}

/** A state document that cannot be read; the message says which and why, and what to do. */
export class EmulatorStateError extends Error {
  override readonly name = 'EmulatorStateError';
}

export interface CloudStores {
  readonly apiGateway: ApiGatewayStore;
  readonly vpcep: VpcepStore;
}

const Header = z.object({ format: z.string(), version: z.number().int() });

const records = z.array(z.looseObject({}));
const entries = z.array(z.tuple([z.string(), z.array(z.looseObject({}))]));

/** The shape checked before anything is built (the builders check the rest and throw on a misfit). */
const Document = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  savedAt: z.string(),
  alibaba: z.array(
    z.looseObject({
      accountId: z.string().min(1),
      regionId: z.string().min(1),
      vpcAccesses: records,
      groups: records,
      apis: records,
      deployments: records,
      vpcBindings: entries,
      tasks: records,
      clientTokens: z.array(z.tuple([z.string(), z.looseObject({ fingerprint: z.string() })])),
      ipControls: records,
      ipControlBindings: entries,
      backends: z.array(z.looseObject({ backendId: z.string(), models: records })),
      backendBindings: entries,
      backendTasks: records,
    }),
  ),
  huawei: z.array(
    z.looseObject({
      domainId: z.string().min(1),
      projectId: z.string().min(1),
      services: z.array(z.object({ service: z.looseObject({ id: z.string() }), connections: records })),
    }),
  ),
});

/**
 * Migrations from older versions, by the version they read. Version 1 is the first format
 * (emulators before it kept nothing), so there is none yet; a future version 2 adds `1: (doc) => …`.
 */
const MIGRATIONS: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> = {};

export function captureState(stores: CloudStores, now = Date.now()): StateDocument {
  return {
    format: STATE_FORMAT,
    version: STATE_VERSION,
    savedAt: new Date(now).toISOString(),
    alibaba: stores.apiGateway.regions().map(apiGatewayRegionToJson),
    huawei: stores.vpcep.projects().map(vpcepProjectToJson),
  };
}

function migrate(doc: Record<string, unknown>, version: number, source: string): Record<string, unknown> {
  let current = doc;
  for (let v = version; v < STATE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) break;
    current = { ...step(current), version: v + 1 };
  }
  if (current.version !== STATE_VERSION) {
    const newer = version > STATE_VERSION;
    throw new EmulatorStateError(
      `${source} is emulator state format version ${version}; this emulator reads version ${STATE_VERSION}` +
        (newer ? ' and cannot read a newer one' : ' and has no migration from it') +
        '. Nothing was loaded: move the file away (or delete it) to start from the seed, or use the emulator that wrote it.',
    );
  }
  return current;
}

/** Checks a document (format, version, shape), migrating an older version; throws EmulatorStateError. */
export function parseStateDocument(input: unknown, source: string): StateDocument {
  const header = Header.safeParse(input);
  if (!header.success || header.data.format !== STATE_FORMAT) {
    throw new EmulatorStateError(`${source} is not an emulator state document (expected "format": "${STATE_FORMAT}" and a "version"). Nothing was loaded.`);
  }
  const migrated = migrate(input as Record<string, unknown>, header.data.version, source);
  const parsed = Document.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') || '(top level)' : '(unknown)';
    throw new EmulatorStateError(`${source} does not hold a valid emulator state: ${where}: ${issue?.message ?? 'invalid'}. Nothing was loaded.`);
  }
  return migrated as unknown as StateDocument;
}

/** Parses JSON text into a document; throws EmulatorStateError for text that is not JSON. */
export function parseStateText(text: string, source: string): StateDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new EmulatorStateError(`${source} is not JSON (a partial or foreign file?). Nothing was loaded.`);
  }
  return parseStateDocument(json, source);
}

/** Builds every region and project first, then swaps them in: a misfit leaves the current state untouched. */
export function restoreState(stores: CloudStores, doc: StateDocument, source: string): void {
  let regions: ApiGatewayRegionState[];
  let projects: VpcepProjectState[];
  try {
    regions = doc.alibaba.map(apiGatewayRegionFromJson);
    projects = doc.huawei.map(vpcepProjectFromJson);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new EmulatorStateError(`${source} does not hold a valid emulator state (${why}). Nothing was loaded.`);
  }
  stores.apiGateway.replaceAll(regions);
  stores.vpcep.replaceAll(projects);
}
