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
export function loadProfileFile(path: string): Profile[] {
  const parsed = ProfileFile.parse(JSON.parse(readFileSync(path, 'utf8')));
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
