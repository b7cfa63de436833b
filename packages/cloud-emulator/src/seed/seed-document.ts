import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BACKEND_TYPES } from '../services/apigateway/backend-models.ts';
import { cidrEntries, cidrProblem, MAX_CIDR_ENTRIES } from '../services/apigateway/cidr.ts';
import { STAGE_NAMES } from '../services/apigateway/store.ts';
import { CONNECTION_STATUSES, SERVICE_STATUSES, TCP_PROXY_VALUES } from '../services/vpcep/api.ts';

/**
 * A seed written by hand: the resources of some Alibaba regions and Huawei projects, in the
 * clouds' own words, short enough to keep in a repository (`EMULATOR_SEED_FILE`). The emulator's
 * own second regions are seeded from one of these too (`second-region.ts`).
 */
export const SEED_DOCUMENT_VERSION = 1;

const Name = z.string().trim().min(1).max(128);
const Stage = z.enum(STAGE_NAMES);
/** A published API, by group name, API name and stage. */
const PublishedApi = z.object({ group: Name, api: Name, stage: Stage });
const Tag = z.object({ Key: z.string().min(1), Value: z.string() });

const CidrIp = z.string().superRefine((value, ctx) => {
  const entries = cidrEntries(value);
  if (entries.length === 0 || entries.length > MAX_CIDR_ENTRIES) ctx.addIssue({ code: 'custom', message: `1 to ${MAX_CIDR_ENTRIES} entries, ";"-separated` });
  for (const entry of entries) {
    const problem = cidrProblem(entry);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }
});

const Api = z.object({
  name: Name,
  method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'ANY']).default('GET'),
  path: z.string().startsWith('/'),
  description: z.string().default(''),
  visibility: z.enum(['PUBLIC', 'PRIVATE']).default('PUBLIC'),
  /** Where it is published; none for a draft. */
  stages: z.array(Stage).default([...STAGE_NAMES]),
});

const Group = z.object({
  name: Name,
  description: z.string().default(''),
  basePath: z.string().startsWith('/').default('/'),
  tags: z.array(Tag).default([]),
  apis: z.array(Api).default([]),
});

const VpcAccess = z.object({
  name: Name,
  vpcId: z.string().regex(/^vpc-[a-z0-9]+$/, 'must be a VPC id (vpc-…)'),
  instanceId: z.string().min(1),
  port: z.number().int().min(1).max(65535),
  description: z.string().default(''),
  vpcTargetHostName: z.string().optional(),
  tags: z.array(Tag).default([]),
  bindings: z.array(PublishedApi).default([]),
});

const IpControl = z.object({
  name: Name,
  type: z.enum(['ALLOW', 'REFUSE']),
  description: z.string().default(''),
  policies: z
    .array(z.object({ cidrIp: CidrIp, appId: z.string().regex(/^\d*$/).default('') }))
    .max(100)
    .default([]),
  bindings: z.array(PublishedApi).default([]),
});

const Backend = z.object({
  name: Name,
  type: z.enum(BACKEND_TYPES),
  description: z.string().default(''),
  tags: z.array(Tag).default([]),
  /** BackendModelData per stage, checked as CreateBackendModel checks it. */
  models: z.partialRecord(Stage, z.record(z.string(), z.unknown())).default({}),
  /** Published APIs that use it (their stage must have a model). */
  bindings: z.array(PublishedApi).default([]),
});

export const AlibabaRegionSeed = z.object({
  /** The account (default: the emulator's seeded account). */
  account: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  region: z.string().regex(/^[a-z0-9-]{1,32}$/, 'must be a region id such as cn-hangzhou'),
  groups: z.array(Group).default([]),
  vpcAccesses: z.array(VpcAccess).default([]),
  ipControls: z.array(IpControl).default([]),
  backends: z.array(Backend).default([]),
});
export type AlibabaRegionSeed = z.output<typeof AlibabaRegionSeed>;

const Port = z.object({
  client_port: z.number().int().min(1).max(65535),
  server_port: z.number().int().min(1).max(65535),
  protocol: z.literal('TCP').default('TCP'),
});

const EndpointService = z.object({
  name: z.string().regex(/^[A-Za-z0-9_-]{0,16}$/, '0-16 letters, digits, "_" or "-"'),
  serverType: z.enum(['VM', 'VIP', 'LB']),
  status: z.enum(SERVICE_STATUSES as [string, ...string[]]).default('available'),
  approvalEnabled: z.boolean().default(false),
  tcpProxy: z.enum(TCP_PROXY_VALUES as [string, ...string[]]).default('close'),
  description: z
    .string()
    .max(512)
    .regex(/^[^<>]*$/, 'no < or >')
    .default(''),
  /** Services that share one make their server ports collide (EndPoint.3044); default: a port of its own. */
  portId: z.string().uuid().optional(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })).default([]),
  ports: z
    .array(Port)
    .min(1)
    .max(200)
    .refine((ports) => new Set(ports.map((p) => p.client_port)).size === ports.length, 'two mappings with the same client_port'),
  connections: z.array(z.object({ status: z.enum(CONNECTION_STATUSES as [string, ...string[]]), description: z.string().optional() })).default([]),
});

export const HuaweiProjectSeed = z.object({
  account: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
  projectId: z.string().regex(/^[A-Za-z0-9]{1,64}$/, 'must be letters and digits (32 hex in the cloud)'),
  region: z.string().regex(/^[a-z0-9-]{1,32}$/, 'must be a region id such as cn-north-4'),
  services: z.array(EndpointService).default([]),
});
export type HuaweiProjectSeed = z.output<typeof HuaweiProjectSeed>;

export const SeedDocument = z.object({
  version: z.literal(SEED_DOCUMENT_VERSION),
  alibaba: z.array(AlibabaRegionSeed).default([]),
  huawei: z.array(HuaweiProjectSeed).default([]),
});
export type SeedDocument = z.output<typeof SeedDocument>;

/** A seed file that cannot be used; the message names the file, the field and the rule. */
export class SeedFileError extends Error {
  override readonly name = 'SeedFileError';
}

export function parseSeedDocument(input: unknown, source: string): SeedDocument {
  const parsed = SeedDocument.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.slice(0, 5).map((issue) => `  ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
  throw new SeedFileError(`${source} is not a valid seed (version ${SEED_DOCUMENT_VERSION}):\n${lines.join('\n')}`);
}

export function loadSeedFile(path: string): SeedDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SeedFileError(`EMULATOR_SEED_FILE ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SeedFileError(`EMULATOR_SEED_FILE ${path} is not JSON.`);
  }
  return parseSeedDocument(json, `EMULATOR_SEED_FILE ${path}`);
}
