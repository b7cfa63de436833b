import { createHash } from 'node:crypto';
import type { ChangeFacts, ChangeInput, ChangeOperation, ChangePlan, PlanFindings, PlanWarning } from '@portico/contracts/changes';
import { analyseAcrossItems, analyseCidrs, parseCidr, type SiblingItem } from '@portico/contracts/cidr';
import type { PublishedApi, StageName } from '@portico/contracts/published-apis';
import { routes } from '@portico/contracts/routes';
import type { z } from 'zod';
import { parsePart } from '../../errors.ts';
import type { Actor } from '../audit/audit-log.ts';
import { redactSecrets } from '../audit/redact.ts';
import type { BackendModelService } from '../backend-models/backend-models.ts';
import type { EndpointServiceService } from '../endpoint-services.ts';
import type { IpControlService } from '../ip-controls.ts';
import type { VpcAuthorizationService } from '../vpc-authorizations.ts';
import { endpointServiceResource, ipControlResource, vpcAuthorizationResource } from '../bindings/resource-reader.ts';
import { blastRadius } from './blast-radius.ts';
import { planFindings } from './plan-findings.ts';

/** A plan as made from the live state, with the fingerprint of that state. */
export interface MadePlan {
  plan: ChangePlan;
  fingerprint: string;
}

/** What the change service needs of one kind of change: plan it from live state, and make it. */
export interface OperationHandler {
  plan(input: ChangeInput): Promise<MadePlan>;
  apply(actor: Actor, input: ChangeInput): Promise<{ auditEventId?: string; task?: { id: string } | undefined }>;
}

export interface ChangeServices {
  backendModels: BackendModelService;
  ipControls: IpControlService;
  vpcAuthorizations: VpcAuthorizationService;
  endpointServices: EndpointServiceService;
  /** The profile id a request speaks to when its query names none. */
  resolveProfile(cloud: 'alibaba' | 'huawei', profile: string | undefined): string;
}

type Def = (typeof routes)[ChangeOperation];
type Parsed<D extends Def> = {
  params: D['params'] extends z.ZodType ? z.output<D['params']> : undefined;
  query: D['query'] extends z.ZodType ? z.output<D['query']> : undefined;
  body: D extends { body: z.ZodType } ? z.output<D['body']> : undefined;
};

/** The route's own contract checks the stored input, as the direct save would have. */
function parse<O extends ChangeOperation>(operation: O, input: ChangeInput): Parsed<(typeof routes)[O]> {
  const def = routes[operation] as Def;
  return {
    params: def.params ? parsePart(def.params, input.params, 'params') : undefined,
    query: def.query ? parsePart(def.query, input.query, 'query') : undefined,
    body: 'body' in def && def.body ? parsePart(def.body, input.body ?? {}, 'body') : undefined,
  } as Parsed<(typeof routes)[O]>;
}

const fingerprint = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

function plan(
  parts: Omit<ChangePlan, 'blastRadius' | 'facts' | 'warnings' | 'findings'> & { facts?: Partial<ChangeFacts>; warnings?: PlanWarning[]; findings?: PlanFindings },
  live: unknown,
  tags?: Record<string, string>,
): MadePlan {
  const apis = parts.apis;
  return {
    plan: {
      ...parts,
      target: { ...parts.target, ...(tags ? { tags } : {}) },
      before: redactSecrets(parts.before),
      after: redactSecrets(parts.after),
      blastRadius: blastRadius(apis),
      facts: { apiCount: apis.length, ...parts.facts },
      warnings: parts.warnings ?? [],
      findings: parts.findings ?? { added: [], resolved: [] },
    },
    fingerprint: fingerprint(live),
  };
}

const apiRefs = (apis: readonly PublishedApi[], stage?: StageName) =>
  apis
    .filter((a) => !stage || a.stageName === stage)
    .map((a) => ({ apiId: a.apiId, apiName: a.apiName, groupName: a.groupName, stageName: a.stageName, method: a.method, path: a.path }));

/** What the ACL editor's review warns about, the same rules: entries within the item, and against the ACL's other items. */
export function aclWarnings(cidrs: readonly string[], others: readonly SiblingItem[]): PlanWarning[] {
  return [...analyseCidrs(cidrs), ...analyseAcrossItems(cidrs, others)].map(({ key, params, message }) => ({ key, params, message }));
}

/** The widest prefix the change adds per family, and whether it lets every address in. */
export function aclFacts(cidrs: readonly string[]): Partial<ChangeFacts> {
  const parsed = cidrs.map((c) => parseCidr(c)).filter((c) => c !== undefined);
  const widest = (kind: 'ipv4' | 'ipv6') => {
    const prefixes = parsed.filter((c) => c.kind === kind).map((c) => c.prefix);
    return prefixes.length > 0 ? Math.min(...prefixes) : undefined;
  };
  const v4 = widest('ipv4');
  const v6 = widest('ipv6');
  return {
    ...(v4 !== undefined ? { widestIpv4Prefix: v4 } : {}),
    ...(v6 !== undefined ? { widestIpv6Prefix: v6 } : {}),
    opensToEveryone: parsed.some((c) => c.prefix === 0),
  };
}

type IpControlDetail = Awaited<ReturnType<IpControlService['get']>>;

/** The ACL's findings now and with the planned policy items. */
const aclFindings = (detail: IpControlDetail, items: IpControlDetail['policyItems']) =>
  planFindings(
    ipControlResource(detail.ipControl, detail.policyItems, detail.boundApis.length),
    ipControlResource(detail.ipControl, items, detail.boundApis.length),
    detail.boundApis,
  );

export function operationHandlers(s: ChangeServices): Record<ChangeOperation, OperationHandler> {
  const alibaba = (profile: string | undefined) => s.resolveProfile('alibaba', profile);
  return {
    modifyBackendModel: {
      async plan(input) {
        const { params, query, body } = parse('modifyBackendModel', input);
        const detail = await s.backendModels.get(params.id, query.profile);
        const current = detail.models.find((m) => m.stageName === params.stage);
        const tags = await s.backendModels.tagsOf(detail.backend.name, query.profile);
        return plan(
          {
            title: `Backend model of ${detail.backend.name} in ${params.stage}`,
            kind: 'backendModel',
            target: { profile: alibaba(query.profile), kind: 'backend-model', name: detail.backend.name, id: params.id, stage: params.stage },
            before: current?.data ?? null,
            after: body.data,
            apis: apiRefs(detail.boundApis[params.stage]),
          },
          { data: current?.data ?? null, description: current?.description ?? null },
          tags,
        );
      },
      apply: (actor, input) => {
        const { params, query, body } = parse('modifyBackendModel', input);
        return s.backendModels.modify(actor, params.id, params.stage, body, query.profile);
      },
    },
    addPolicyItem: {
      async plan(input) {
        const { params, query, body } = parse('addPolicyItem', input);
        const detail = await s.ipControls.get(params.id, query.profile);
        return plan(
          {
            title: `New entries in ${detail.ipControl.name}`,
            kind: 'newAclEntries',
            target: { profile: alibaba(query.profile), kind: 'ip-control', name: detail.ipControl.name, id: params.id },
            before: detail.policyItems.map(({ cidrs, appId }) => ({ cidrs, appId })),
            after: [...detail.policyItems.map(({ cidrs, appId }) => ({ cidrs, appId })), body],
            apis: apiRefs(detail.boundApis),
            facts: aclFacts(body.cidrs),
            warnings: aclWarnings(body.cidrs, detail.policyItems),
            findings: aclFindings(detail, [...detail.policyItems, { id: 'planned', ...body }]),
          },
          detail.policyItems,
        );
      },
      apply: (actor, input) => {
        const { params, query, body } = parse('addPolicyItem', input);
        return s.ipControls.add(actor, params.id, body, query.profile);
      },
    },
    modifyPolicyItem: {
      async plan(input) {
        const { params, query, body } = parse('modifyPolicyItem', input);
        const detail = await s.ipControls.get(params.id, query.profile);
        const item = detail.policyItems.find((i) => i.id === params.itemId);
        return plan(
          {
            title: `Entries of ${detail.ipControl.name}`,
            kind: 'aclEntries',
            target: { profile: alibaba(query.profile), kind: 'ip-control', name: detail.ipControl.name, id: params.id },
            before: item ? { cidrs: item.cidrs, appId: item.appId } : null,
            after: body,
            apis: apiRefs(detail.boundApis),
            facts: aclFacts(body.cidrs.filter((c) => !item?.cidrs.includes(c))),
            warnings: aclWarnings(
              body.cidrs,
              detail.policyItems.filter((i) => i.id !== params.itemId),
            ),
            findings: aclFindings(
              detail,
              detail.policyItems.map((i) => (i.id === params.itemId ? { ...i, ...body } : i)),
            ),
          },
          item ?? null,
        );
      },
      apply: (actor, input) => {
        const { params, query, body } = parse('modifyPolicyItem', input);
        return s.ipControls.modify(actor, params.id, params.itemId, body, query.profile);
      },
    },
    modifyVpcAuthorization: {
      async plan(input) {
        const { params, query, body } = parse('modifyVpcAuthorization', input);
        const { authorization, boundApis } = await s.vpcAuthorizations.get(params.name, query.profile);
        return plan(
          {
            title: `VPC authorization ${authorization.name}`,
            kind: 'vpcAuthorization',
            target: { profile: alibaba(query.profile), kind: 'vpc-authorization', name: authorization.name },
            before: authorization,
            after: { ...authorization, ...body },
            apis: apiRefs(boundApis),
          },
          authorization,
          authorization.tags,
        );
      },
      apply: (actor, input) => {
        const { params, query, body } = parse('modifyVpcAuthorization', input);
        return s.vpcAuthorizations.modify(actor, params.name, body, query.profile);
      },
    },
    removeVpcAuthorization: {
      async plan(input) {
        const { params, query } = parse('removeVpcAuthorization', input);
        const { authorization, boundApis } = await s.vpcAuthorizations.get(params.name, query.profile);
        return plan(
          {
            title: `Remove VPC authorization ${authorization.name}`,
            kind: 'removeVpcAuthorization',
            target: { profile: alibaba(query.profile), kind: 'vpc-authorization', name: authorization.name },
            before: authorization,
            after: null,
            apis: apiRefs(boundApis),
            facts: { removesBoundVpcAuthorization: boundApis.length > 0 },
            findings: planFindings(vpcAuthorizationResource(authorization, boundApis.length), undefined, boundApis),
          },
          { authorization, bound: boundApis.map((a) => `${a.apiId}:${a.stageId}`) },
          authorization.tags,
        );
      },
      apply: (actor, input) => {
        const { params, query } = parse('removeVpcAuthorization', input);
        return s.vpcAuthorizations.remove(actor, params.name, query.profile);
      },
    },
    updateEndpointService: {
      async plan(input) {
        const { params, query, body } = parse('updateEndpointService', input);
        const { service, connections } = await s.endpointServices.get(params.id, query.profile);
        return plan(
          {
            title: `Endpoint service ${service.serviceName || service.id}`,
            kind: 'endpointService',
            target: { profile: s.resolveProfile('huawei', query.profile), kind: 'endpoint-service', name: service.serviceName || service.id, id: service.id },
            before: service,
            after: { ...service, ...body },
            apis: [],
            facts: { turnsApprovalOff: service.approvalEnabled && body.approvalEnabled === false },
            findings: planFindings(
              endpointServiceResource(service, { items: connections, total: connections.length }),
              endpointServiceResource({ ...service, ...body }, { items: connections, total: connections.length }),
              [],
            ),
          },
          service,
          service.tags,
        );
      },
      apply: async (actor, input) => {
        const { params, query, body } = parse('updateEndpointService', input);
        await s.endpointServices.update(actor, params.id, body, query.profile);
        return {};
      },
    },
  };
}
