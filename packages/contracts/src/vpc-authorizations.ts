import { z } from 'zod';
import { PageQuery, pageOf } from './paging.ts';
import { PublishedApi, UnboundApi } from './published-apis.ts';
import { ProfileQuery } from './profiles.ts';
import { TaskSummary } from './tasks.ts';
import { msg } from './messages.ts';

const noControlChars = /^[^\p{Cc}]*$/u;

/** The name identifies an authorization and cannot change once created. */
export const VpcAuthorizationName = z
  .string(msg('required'))
  .trim()
  .min(1, msg('required'))
  .max(50, msg('maxChars', { max: 50 }))
  .regex(noControlChars, msg('noControlChars'))
  .regex(/^[^/\\?#%]*$/, msg('noPathChars'));

/**
 * The rule for a new authorization's name (SetVpcAccess `Name`: unique, at most 50 characters, as the
 * console creates them: letters, Chinese characters, digits, `-`, `_`, `.`, starting with a letter,
 * a Chinese character or a digit). The emulator applies the same rule (InvalidVpcAccessName). Names
 * made elsewhere are still read and edited by the lenient VpcAuthorizationName.
 */
export const NewVpcAuthorizationName = VpcAuthorizationName.regex(/^[\p{L}\p{N}_.-]*$/u, msg('vpcNameChars')).regex(/^[\p{L}\p{N}]/u, msg('vpcNameStart'));

const cloudId = (key: 'vpcIdSuch' | 'instanceIdSuch', example: string) =>
  z
    .string(msg('required'))
    .trim()
    .min(1, msg('required'))
    .max(64, msg('maxChars', { max: 64 }))
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, msg(key, { example }));

export const VpcId = cloudId('vpcIdSuch', 'vpc-uf657qec7lx42paw3qxxx');
export const InstanceId = cloudId('instanceIdSuch', 'i-uf6bzcg1pr4oh5jjmxxx');

export const Port = z.coerce
  .number(msg('number'))
  .int(msg('wholeNumber'))
  .min(1, msg('portRange', { min: 1, max: 65535 }))
  .max(65535, msg('portRange', { min: 1, max: 65535 }));

/** RFC 1123 host name; the cloud sends it as the Host header to the backend. */
export const HostName = z
  .string()
  .trim()
  .max(253, msg('maxChars', { max: 253 }))
  .regex(
    /^$|^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/,
    msg('hostName', { example: 'api.internal.example.com' }),
  );

export const Description = z
  .string()
  .max(180, msg('maxChars', { max: 180 }))
  .regex(noControlChars, msg('noControlChars'));

/** A client-chosen token that makes a retried write apply once. */
export const ClientToken = z
  .string()
  .min(8, msg('charsBetween', { min: 8, max: 64 }))
  .max(64, msg('charsBetween', { min: 8, max: 64 }))
  .regex(/^[A-Za-z0-9-]+$/, msg('lettersDigitsDashes'));

export const VpcAuthorization = z.object({
  id: z.string(),
  name: z.string(),
  vpcId: z.string(),
  instanceId: z.string(),
  port: z.number().int(),
  vpcTargetHostName: z.string().optional(),
  description: z.string().optional(),
  regionId: z.string().optional(),
  createdAt: z.string().optional(),
  /** The cloud's tags (grants can be scoped to them). */
  tags: z.record(z.string(), z.string()).optional(),
});
export type VpcAuthorization = z.infer<typeof VpcAuthorization>;

export const VpcAuthorizationListItem = VpcAuthorization.extend({
  /** Null when the count could not be fetched (the list still shows). */
  boundApiCount: z.number().int().nullable(),
});
export type VpcAuthorizationListItem = z.infer<typeof VpcAuthorizationListItem>;

export const VpcAuthorizationListQuery = PageQuery.extend(ProfileQuery.shape).extend({
  search: z
    .string()
    .trim()
    .max(50, msg('maxChars', { max: 50 }))
    .optional(),
});
export type VpcAuthorizationListQuery = z.infer<typeof VpcAuthorizationListQuery>;

/** What one search box looks for: a VPC id (`vpc-bp1…`), an instance id (`i-…`, `lb-…`), a port (1-65535), else part of a name. */
export type VpcAuthorizationSearch = { vpcId: string } | { instanceId: string } | { port: string } | { name: string };

export function vpcAuthorizationSearch(search: string): VpcAuthorizationSearch {
  const text = search.trim();
  // Cloud ids are the prefix and 12+ lowercase letters and digits (vpc-bp1…): a name like vpc-core-backend is a name.
  if (/^vpc-[a-z0-9]{12,32}$/.test(text)) return { vpcId: text };
  if (/^(i|lb|eni)-[a-z0-9]{12,32}$/.test(text)) return { instanceId: text };
  if (/^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65535) return { port: String(Number(text)) };
  return { name: text };
}

export const VpcAuthorizationList = pageOf(VpcAuthorizationListItem);
export type VpcAuthorizationList = z.infer<typeof VpcAuthorizationList>;

export const VpcAuthorizationDetail = z.object({
  authorization: VpcAuthorization,
  boundApis: z.array(PublishedApi),
});
export type VpcAuthorizationDetail = z.infer<typeof VpcAuthorizationDetail>;

export const CreateVpcAuthorization = z.strictObject({
  name: NewVpcAuthorizationName,
  vpcId: VpcId,
  instanceId: InstanceId,
  port: Port,
  vpcTargetHostName: HostName.optional(),
  description: Description.optional(),
});
export type CreateVpcAuthorization = z.infer<typeof CreateVpcAuthorization>;
export type CreateVpcAuthorizationInput = z.input<typeof CreateVpcAuthorization>;

export const CreatedVpcAuthorization = z.object({ id: z.string(), name: z.string() });

/** ModifyVpcAccessAndUpdateApis: everything but the name, which identifies the authorization. */
export const ModifyVpcAuthorization = z.strictObject({
  vpcId: VpcId,
  instanceId: InstanceId,
  port: Port,
  vpcTargetHostName: HostName.optional(),
  /** Re-authorize when the instance id changed but its address did not. */
  refresh: z.boolean().default(false),
  /** Re-sync every published API bound to it; without it their backends are not updated. */
  needBatchWork: z.boolean().default(true),
  clientToken: ClientToken.optional(),
});
export type ModifyVpcAuthorization = z.infer<typeof ModifyVpcAuthorization>;
export type ModifyVpcAuthorizationInput = z.input<typeof ModifyVpcAuthorization>;

export const ModifiedVpcAuthorization = z.object({
  operationId: z.string().optional(),
  /** Present when the change started a batch update of bound APIs. */
  task: TaskSummary.optional(),
});
export type ModifiedVpcAuthorization = z.infer<typeof ModifiedVpcAuthorization>;

export const RemovedVpcAuthorization = z.object({ unboundApis: z.array(UnboundApi) });
export type RemovedVpcAuthorization = z.infer<typeof RemovedVpcAuthorization>;

export const VpcAuthorizationParams = z.object({ name: VpcAuthorizationName });
