import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { maskKeyId, type CloudProfile } from '@portico/contracts/profiles';
import { ProfileId } from '@portico/contracts/profiles';
import { Secret } from '../secret.ts';

export interface AlibabaProfile {
  id: string;
  cloud: 'alibaba';
  name: string;
  region: string;
  /** host[:port] as the SDK takes it */
  endpoint: string;
  protocol: 'HTTP' | 'HTTPS';
  accessKeyId: string;
  accessKeySecret: Secret;
  emulated: boolean;
}

export interface HuaweiProfile {
  id: string;
  cloud: 'huawei';
  name: string;
  region: string;
  /** full base URL, e.g. https://vpcep.cn-north-4.myhuaweicloud.com */
  endpoint: string;
  projectId: string;
  accessKeyId: string;
  accessKeySecret: Secret;
  emulated: boolean;
}

export type Profile = AlibabaProfile | HuaweiProfile;

const ProfileFileEntry = z.discriminatedUnion('cloud', [
  z.object({
    id: ProfileId,
    cloud: z.literal('alibaba'),
    name: z.string().min(1),
    region: z.string().min(1),
    endpoint: z.string().min(1),
    protocol: z.enum(['HTTP', 'HTTPS']).default('HTTPS'),
    accessKeyId: z.string().min(1),
    accessKeySecret: z.string().min(1),
  }),
  z.object({
    id: ProfileId,
    cloud: z.literal('huawei'),
    name: z.string().min(1),
    region: z.string().min(1),
    endpoint: z.url(),
    projectId: z.string().min(1),
    accessKeyId: z.string().min(1),
    accessKeySecret: z.string().min(1),
  }),
]);
const ProfileFile = z.object({ profiles: z.array(ProfileFileEntry).min(1) });

/** Reads `{ "profiles": [...] }`; the secrets are wrapped at once so nothing can print them. */
/** A profiles file that cannot be used: the message names the file and where, never its content. */
export class ProfileFileError extends Error {
  override name = 'ProfileFileError';
}

/** Line and column of a character offset, counted from 1. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Where JSON.parse stopped. V8's message quotes the text around the error, which may be a
 * secret, so only the position is taken from it (or the end, when it gives none).
 */
function syntaxErrorPlace(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return lineAndColumn(text, position === undefined ? text.length : Number(position));
}

function readProfileFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new ProfileFileError(`PORTICO_PROFILES_FILE ${path}: cannot be read (${code}).`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProfileFileError(`PORTICO_PROFILES_FILE ${path}: not valid JSON at ${syntaxErrorPlace(text, error)}.`);
  }
}

export function loadProfileFile(path: string): Profile[] {
  const result = ProfileFile.safeParse(readProfileFile(path));
  if (!result.success) {
    // Paths and zod's messages only: never a received value.
    const issues = result.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message}`);
    throw new ProfileFileError(`PORTICO_PROFILES_FILE ${path}: ${issues.join('; ')}.`);
  }
  const parsed = result.data;
  return parsed.profiles.map((entry) => ({ ...entry, accessKeySecret: new Secret(entry.accessKeySecret), emulated: false }));
}

/** One Alibaba profile from ALIBABA_* variables, for a single-account deployment. */
export function alibabaProfileFromEnv(env: NodeJS.ProcessEnv): AlibabaProfile | undefined {
  const { ALIBABA_ACCESS_KEY_ID: id, ALIBABA_ACCESS_KEY_SECRET: secret } = env;
  if (!id || !secret) return undefined;
  const region = env.ALIBABA_REGION ?? 'cn-hangzhou';
  return {
    id: 'alibaba',
    cloud: 'alibaba',
    name: `Alibaba Cloud ${region}`,
    region,
    endpoint: env.ALIBABA_ENDPOINT ?? `apigateway.${region}.aliyuncs.com`,
    protocol: env.ALIBABA_PROTOCOL === 'HTTP' ? 'HTTP' : 'HTTPS',
    accessKeyId: id,
    accessKeySecret: new Secret(secret),
    emulated: false,
  };
}

export function publicProfile(profile: Profile): CloudProfile {
  return {
    id: profile.id,
    cloud: profile.cloud,
    name: profile.name,
    region: profile.region,
    endpoint: profile.endpoint,
    accessKeyIdMasked: maskKeyId(profile.accessKeyId),
    emulated: profile.emulated,
  };
}

/** Looks profiles up by id, or the first of a cloud when the request names none. */
export class ProfileRegistry {
  constructor(readonly all: readonly Profile[]) {}

  find<C extends Profile['cloud']>(cloud: C, id?: string): Extract<Profile, { cloud: C }> | undefined {
    return this.all.find((p): p is Extract<Profile, { cloud: C }> => p.cloud === cloud && (id === undefined || p.id === id));
  }
}
