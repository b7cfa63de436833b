import type { Locale } from '@portico/contracts/locale';

/**
 * The clouds' own names for their resources, in both languages, in one place. Messages refer to
 * a term as `$t(glossary:<key>)`, so "VPC授权" is written once and every sentence that names the
 * resource uses the console's word for it.
 *
 * `source`: where the Chinese term was checked against the cloud's own Chinese console or
 * documentation; `unchecked` marks a term taken from memory of the console, to be checked.
 */
interface Term {
  en: string;
  'zh-CN': string;
  source: string;
}

const ALIBABA_VPC_DOC = 'help.aliyun.com/zh/api-gateway/traditional-api-gateway/getting-started/create-an-api-operation-with-a-resource-in-a-vpc-as-the-backend-service';

export const glossary = {
  // Alibaba Cloud API Gateway
  alibabaCloud: { en: 'Alibaba Cloud', 'zh-CN': '阿里云', source: ALIBABA_VPC_DOC },
  apiGateway: { en: 'API Gateway', 'zh-CN': 'API网关', source: ALIBABA_VPC_DOC },
  vpcAuthorization: { en: 'VPC authorization', 'zh-CN': 'VPC授权', source: ALIBABA_VPC_DOC },
  vpcAuthorizations: { en: 'VPC authorizations', 'zh-CN': 'VPC授权', source: ALIBABA_VPC_DOC },
  ipAccessControl: { en: 'IP access control', 'zh-CN': 'IP访问控制', source: 'unchecked' },
  policyItem: { en: 'policy item', 'zh-CN': '策略', source: 'unchecked' },
  backendService: { en: 'backend service', 'zh-CN': '后端服务', source: ALIBABA_VPC_DOC },
  backendModels: { en: 'Backend models', 'zh-CN': '后端服务', source: 'unchecked' },
  backendModel: { en: 'backend model', 'zh-CN': '后端服务定义', source: 'unchecked' },
  apiGroup: { en: 'API group', 'zh-CN': 'API分组', source: ALIBABA_VPC_DOC },
  stage: { en: 'stage', 'zh-CN': '环境', source: 'unchecked' },
  region: { en: 'region', 'zh-CN': '地域', source: ALIBABA_VPC_DOC },
  instanceId: { en: 'Instance ID', 'zh-CN': '实例ID', source: ALIBABA_VPC_DOC },
  // Huawei Cloud VPC Endpoint (VPCEP)
  huaweiCloud: { en: 'Huawei Cloud', 'zh-CN': '华为云', source: 'unchecked' },
  endpointServices: { en: 'Endpoint services', 'zh-CN': '终端节点服务', source: 'unchecked' },
  endpointService: { en: 'endpoint service', 'zh-CN': '终端节点服务', source: 'unchecked' },
  vpcEndpoint: { en: 'VPC endpoint', 'zh-CN': 'VPC终端节点', source: 'unchecked' },
  portMapping: { en: 'port mapping', 'zh-CN': '端口映射', source: 'unchecked' },
  connectionApproval: { en: 'connection approval', 'zh-CN': '连接审批', source: 'unchecked' },
  // Portico's own
  bindings: { en: 'Bindings', 'zh-CN': '绑定关系', source: 'Portico' },
  auditLog: { en: 'Audit', 'zh-CN': '操作审计', source: 'Portico' },
  apiTokens: { en: 'API tokens', 'zh-CN': 'API令牌', source: 'Portico' },
  people: { en: 'People', 'zh-CN': '用户管理', source: 'Portico' },
} as const satisfies Record<string, Term>;

export type GlossaryKey = keyof typeof glossary;

/** One language's side of the glossary, as an i18next namespace. */
export function glossaryFor(locale: Locale): Record<GlossaryKey, string> {
  return Object.fromEntries(Object.entries(glossary).map(([key, term]) => [key, term[locale]])) as Record<GlossaryKey, string>;
}
