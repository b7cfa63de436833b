import type { FindingKind } from './bindings.ts';

/**
 * The Alibaba Cloud Config managed rule (rule template) that checks the same thing as a finding,
 * where one exists. Checked against Cloud Config's list of API Gateway rules (help.aliyun.com,
 * Cloud Config › Rule templates › API Gateway): it has rules for an API's authentication
 * (api-gateway-api-auth-required), HTTPS for public APIs, group domains, logging and the
 * instance's IPv4 / IPv6 access control lists (apigateway-ipv4-public-access-check), and none for
 * an API's own IP access control, unused VPC authorizations or backends, or a wide ACL entry.
 * Endpoint services are Huawei Cloud's, outside Cloud Config.
 *
 * So only `unprotected-api` has a counterpart, and only a partial one: Cloud Config checks the
 * instance's access control list, Portico each API's. `scope` says so on screen rather than
 * claiming the two are the same check.
 */
export interface CloudRule {
  /** The rule identifier, as Cloud Config's console and ListManagedRules name it. */
  identifier: string;
  url: string;
  /** `same`: the rule checks what the finding checks; `instance`: the same risk, checked on the gateway instance. */
  scope: 'same' | 'instance';
}

export const cloudRules: Partial<Record<FindingKind, CloudRule>> = {
  'unprotected-api': {
    identifier: 'apigateway-ipv4-public-access-check',
    url: 'https://www.alibabacloud.com/help/en/cloud-config/latest/enable-ipv4-access-control-for-api-gateway-instances-and-set',
    scope: 'instance',
  },
};
