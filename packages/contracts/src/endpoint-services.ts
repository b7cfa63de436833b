import { z } from 'zod';
import { PageQuery, pageOf } from './paging.ts';
import { ProfileQuery } from './profiles.ts';
import { issue, msg } from './messages.ts';

/** The cloud's limit on port mappings per endpoint service. */
export const MAX_PORT_MAPPINGS = 200;

export const TcpProxy = z.enum(['close', 'toa_open', 'proxy_open', 'open']);
export type TcpProxy = z.infer<typeof TcpProxy>;

export const tcpProxyMeaning: Record<TcpProxy, string> = {
  close: 'Off: the server sees the endpoint, not the client',
  toa_open: 'TCP TOA: client address in the TCP option field',
  proxy_open: 'Proxy Protocol: client address in the TCP payload',
  open: 'Both TCP TOA and Proxy Protocol',
};

const PortNumber = z
  .number(msg('portNumber'))
  .int(msg('wholeNumber'))
  .min(1, msg('portRange', { min: 1, max: 65535 }))
  .max(65535, msg('portRange', { min: 1, max: 65535 }));

export const PortMapping = z.strictObject({
  clientPort: PortNumber,
  serverPort: PortNumber,
  protocol: z.literal('TCP', { ...msg('tcpOnly') }).default('TCP'),
});
export type PortMapping = z.infer<typeof PortMapping>;
export type PortMappingInput = z.input<typeof PortMapping>;

/** A client port reaches exactly one server port: a second mapping of the same client port is a duplicate. */
export function duplicateMappings(ports: readonly Pick<PortMapping, 'clientPort' | 'serverPort'>[]): Map<number, number> {
  const first = new Map<number, number>();
  const duplicates = new Map<number, number>();
  ports.forEach((p, i) => {
    const seen = first.get(p.clientPort);
    if (seen === undefined) first.set(p.clientPort, i);
    else duplicates.set(i, seen);
  });
  return duplicates;
}

export const PortMappings = z
  .array(PortMapping, { ...msg('listOfPortMappings') })
  .max(MAX_PORT_MAPPINGS, msg('maxPortMappings', { max: MAX_PORT_MAPPINGS }))
  .superRefine((ports, ctx) => {
    for (const [index, firstIndex] of duplicateMappings(ports)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'clientPort'],
        ...issue('clientPortMapped', { port: ports[index]?.clientPort ?? '', row: firstIndex + 1 }),
      });
    }
  });

export const ServiceName = z
  .string()
  .max(16, msg('maxChars', { max: 16 }))
  .regex(/^[A-Za-z0-9_-]*$/, msg('serviceNameChars'));

export const ServiceDescription = z
  .string()
  .max(512, msg('maxChars', { max: 512 }))
  .regex(/^[^<>]*$/, msg('noAngles'));

const ResourceId = z
  .string()
  .min(1, msg('required'))
  .max(64, msg('maxChars', { max: 64 }))
  .regex(/^[A-Za-z0-9-]+$/, msg('resourceId'));

/** The PUT's fields; what is left out stays as it is. */
export const UpdateEndpointService = z.strictObject({
  approvalEnabled: z.boolean().optional(),
  serviceName: ServiceName.optional(),
  description: ServiceDescription.optional(),
  ports: PortMappings.optional(),
  portId: ResourceId.optional(),
  vipPortId: ResourceId.optional(),
  tcpProxy: TcpProxy.optional(),
});
export type UpdateEndpointService = z.infer<typeof UpdateEndpointService>;
export type UpdateEndpointServiceInput = z.input<typeof UpdateEndpointService>;

export const EndpointService = z.object({
  id: z.string(),
  serviceName: z.string(),
  serverType: z.string(),
  serviceType: z.string(),
  status: z.string(),
  approvalEnabled: z.boolean(),
  portId: z.string().optional(),
  vipPortId: z.string().optional(),
  vpcId: z.string().optional(),
  tcpProxy: z.string().optional(),
  description: z.string().optional(),
  ports: z.array(z.object({ clientPort: z.number().int(), serverPort: z.number().int(), protocol: z.string() })),
  /** The cloud's tags (grants can be scoped to them). */
  tags: z.record(z.string(), z.string()).optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type EndpointService = z.infer<typeof EndpointService>;

export const EndpointServiceListItem = EndpointService.extend({ connectionCount: z.number().int().nullable() });
export type EndpointServiceListItem = z.infer<typeof EndpointServiceListItem>;

export const EndpointServiceListQuery = PageQuery.extend(ProfileQuery.shape).extend({
  search: z
    .string()
    .trim()
    .max(64, msg('maxChars', { max: 64 }))
    .optional(),
  status: z.enum(['creating', 'available', 'failed', 'deleting']).optional(),
});
export type EndpointServiceListQuery = z.infer<typeof EndpointServiceListQuery>;

export const EndpointServiceList = pageOf(EndpointServiceListItem);
export type EndpointServiceList = z.infer<typeof EndpointServiceList>;

export const EndpointConnection = z.object({
  id: z.string(),
  markerId: z.number().int().optional(),
  status: z.string(),
  domainId: z.string().optional(),
  description: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type EndpointConnection = z.infer<typeof EndpointConnection>;

/** A service that shares the backend port_id, so its (server port, protocol) pairs must not be reused. */
export const PortSharingService = z.object({
  id: z.string(),
  serviceName: z.string(),
  ports: EndpointService.shape.ports,
});

export const EndpointServiceDetail = z.object({
  service: EndpointService,
  connections: z.array(EndpointConnection),
  sharingPortId: z.array(PortSharingService),
});
export type EndpointServiceDetail = z.infer<typeof EndpointServiceDetail>;

export const EndpointServiceParams = z.object({ id: z.uuid(msg('endpointServiceId')) });

/**
 * Rows whose (server port, protocol) another service on the same port_id already uses; the
 * message names that service so people know where to look.
 */
export function sharedPortConflicts(
  ports: readonly Pick<PortMapping, 'serverPort' | 'protocol'>[],
  others: readonly { serviceName: string; id: string; ports: readonly { serverPort: number; protocol: string }[] }[],
): Map<number, ReturnType<typeof issue>> {
  const owner = new Map<string, string>();
  for (const other of others) for (const p of other.ports) owner.set(`${p.serverPort}/${p.protocol}`, other.serviceName || other.id);
  const conflicts = new Map<number, ReturnType<typeof issue>>();
  ports.forEach((p, i) => {
    const name = owner.get(`${p.serverPort}/${p.protocol ?? 'TCP'}`);
    if (name) conflicts.set(i, issue('serverPortShared', { port: `${p.serverPort}/${p.protocol ?? 'TCP'}`, name }));
  });
  return conflicts;
}

/** Accept or reject VPC endpoints' connections to a service (the cloud's `receive` / `reject`). */
export const ConnectionAction = z.strictObject({
  endpointIds: z
    .array(z.uuid(msg('vpcEndpointId')), { ...msg('listOfVpcEndpointIds') })
    .min(1, msg('needsConnection'))
    .max(100, msg('maxConnectionsAtATime', { max: 100 })),
  action: z.enum(['accept', 'reject'], { ...msg('acceptOrReject') }),
});
export type ConnectionAction = z.infer<typeof ConnectionAction>;

export const ConnectionActionResult = z.object({ connections: z.array(EndpointConnection) });
export type ConnectionActionResult = z.infer<typeof ConnectionActionResult>;

/** An account id as the whitelist takes it (`iam:domain::<id>`): 1 to 64 letters and digits, or `*` for every account. */
export const WhitelistAccount = z
  .string(msg('accountId'))
  .trim()
  .regex(/^([A-Za-z0-9]{1,64}|\*)$/, msg('accountIdOrEveryone'));

export const ServicePermission = z.object({
  id: z.string(),
  /** As the cloud writes it: `iam:domain::<account id>`. */
  permission: z.string(),
  /** The account id, or `*` for every account. */
  accountId: z.string(),
  createdAt: z.string().optional(),
});
export type ServicePermission = z.infer<typeof ServicePermission>;

export const ServicePermissionList = z.object({ permissions: z.array(ServicePermission) });
export type ServicePermissionList = z.infer<typeof ServicePermissionList>;

export const PermissionAction = z.strictObject({
  accountIds: z
    .array(WhitelistAccount, { ...msg('listOfAccountIds') })
    .min(1, msg('needsAccount'))
    .max(100, msg('maxAccountsAtATime', { max: 100 }))
    .refine((ids) => new Set(ids).size === ids.length, msg('accountTwice')),
  action: z.enum(['add', 'remove'], { ...msg('addOrRemove') }),
});
export type PermissionAction = z.infer<typeof PermissionAction>;
