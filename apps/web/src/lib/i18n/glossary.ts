import type { Locale } from '@portico/contracts/locale';

/**
 * The clouds' own names for their resources, in both languages, in one place. Messages refer to
 * a term as `$t(glossary:<key>)`, so "VPC授权" is written once and every sentence that names the
 * resource uses the console's word for it.
 *
 * `source`: where the Chinese term was checked against the cloud's own Chinese documentation
 * (every cloud term is checked; `Portico` marks the console's own screens, which no cloud names).
 */
interface Term {
  en: string;
  'zh-CN': string;
  source: string;
}

// Where each Chinese term was checked (2026-12-03), the clouds' own Chinese documentation.
/** "使用VPC内资源作为API的后端服务": VPC授权, API网关, 后端服务, API分组, 地域, 实例ID. */
const ALIBABA_VPC_DOC =
  'https://help.aliyun.com/zh/api-gateway/traditional-api-gateway/getting-started/create-an-api-operation-with-a-resource-in-a-vpc-as-the-backend-service';
/** API Gateway's API directory for IP access control: "CreateIpControl - 新增IP访问控制", "AddIpControlPolicyItem - 增加IP访问控制策略". */
const ALIBABA_IP_CONTROL_API = 'https://help.aliyun.com/zh/api-gateway/developer-reference/api-cloudapi-2016-07-14-dir-access-control-plugin-classic-network-instances/';
/** "使用后端服务创建API": the console's left nav "API管理 > 后端服务"; "根据发布的环境不同,指向不同的后端地址". */
const ALIBABA_BACKEND_DOC = 'https://help.aliyun.com/document_detail/405211.htm';
/** API Gateway's API directory "后端模型": "CreateBackendModel - 创建后端模型" (a backend service's configuration in one environment). */
const ALIBABA_BACKEND_MODEL_API = 'https://help.aliyun.com/zh/api-gateway/traditional-api-gateway/api-cloudapi-2016-07-14-dir-backend-models';
/** VPCEP user guide "管理终端节点服务的白名单": "网络连接 > VPC终端节点 > 终端节点服务", the "终端节点" page. */
const HUAWEI_VPCEP_GUIDE = 'https://support.huaweicloud.com/intl/zh-cn/usermanual-vpcep/vpcep_03_0105.html';
/** VPCEP API "修改终端节点服务": `ports` is "服务开放的端口映射列表". */
const HUAWEI_PORT_MAPPING_API = 'https://support.huaweicloud.com/intl/zh-cn/api-vpcep/UpdateEndpointService.html';
/** Huawei Cloud's own documentation search, user guide "管理终端节点服务的连接审批 … 开启了终端节点服务的“连接审批”功能"; also "华为云账号". */
const HUAWEI_APPROVAL_GUIDE = 'https://huaweicloud.com/s/JeS9v-eUqOa3seW6puWtpuS5oOi_m-ihjOeUtemHj-mihOa1iyU/t_30_p_4/JVZQQ-e7iOerr-iKgueCuSBWUENFUCU';
/** Not a cloud resource: Portico's own screens, named as Chinese consoles name such pages; nothing to check against. */
const PORTICO = 'Portico';

export const glossary = {
  // Alibaba Cloud API Gateway
  alibabaCloud: { en: 'Alibaba Cloud', 'zh-CN': '阿里云', source: ALIBABA_VPC_DOC },
  apiGateway: { en: 'API Gateway', 'zh-CN': 'API网关', source: ALIBABA_VPC_DOC },
  vpcAuthorization: { en: 'VPC authorization', 'zh-CN': 'VPC授权', source: ALIBABA_VPC_DOC },
  vpcAuthorizations: { en: 'VPC authorizations', 'zh-CN': 'VPC授权', source: ALIBABA_VPC_DOC },
  ipAccessControl: { en: 'IP access control', 'zh-CN': 'IP访问控制', source: ALIBABA_IP_CONTROL_API },
  // The cloud calls an entry of an IP access control "策略" ("修改IP访问控制下的策略").
  policyItem: { en: 'policy item', 'zh-CN': '策略', source: ALIBABA_IP_CONTROL_API },
  backendService: { en: 'backend service', 'zh-CN': '后端服务', source: ALIBABA_VPC_DOC },
  // The screen lists backend services with their per-stage models, as the console's "后端服务" page does.
  backendModels: { en: 'Backend models', 'zh-CN': '后端服务', source: ALIBABA_BACKEND_DOC },
  // Was "后端服务定义" (a page title in the doc); the cloud's name for the resource is "后端模型".
  backendModel: { en: 'backend model', 'zh-CN': '后端模型', source: ALIBABA_BACKEND_MODEL_API },
  apiGroup: { en: 'API group', 'zh-CN': 'API分组', source: ALIBABA_VPC_DOC },
  stage: { en: 'stage', 'zh-CN': '环境', source: ALIBABA_BACKEND_DOC },
  region: { en: 'region', 'zh-CN': '地域', source: ALIBABA_VPC_DOC },
  instanceId: { en: 'Instance ID', 'zh-CN': '实例ID', source: ALIBABA_VPC_DOC },
  // Huawei Cloud VPC Endpoint (VPCEP)
  huaweiCloud: { en: 'Huawei Cloud', 'zh-CN': '华为云', source: HUAWEI_APPROVAL_GUIDE },
  endpointServices: { en: 'Endpoint services', 'zh-CN': '终端节点服务', source: HUAWEI_VPCEP_GUIDE },
  endpointService: { en: 'endpoint service', 'zh-CN': '终端节点服务', source: HUAWEI_VPCEP_GUIDE },
  // Was "VPC终端节点", the product's name; one endpoint is a "终端节点" ("终端节点连接终端节点服务").
  vpcEndpoint: { en: 'VPC endpoint', 'zh-CN': '终端节点', source: HUAWEI_VPCEP_GUIDE },
  portMapping: { en: 'port mapping', 'zh-CN': '端口映射', source: HUAWEI_PORT_MAPPING_API },
  connectionApproval: { en: 'connection approval', 'zh-CN': '连接审批', source: HUAWEI_APPROVAL_GUIDE },
  // Portico's own
  bindings: { en: 'Bindings', 'zh-CN': '绑定关系', source: PORTICO },
  auditLog: { en: 'Audit', 'zh-CN': '操作审计', source: PORTICO },
  apiTokens: { en: 'API tokens', 'zh-CN': 'API令牌', source: PORTICO },
  people: { en: 'People', 'zh-CN': '用户管理', source: PORTICO },
} as const satisfies Record<string, Term>;

export type GlossaryKey = keyof typeof glossary;

/** One language's side of the glossary, as an i18next namespace. */
export function glossaryFor(locale: Locale): Record<GlossaryKey, string> {
  return Object.fromEntries(Object.entries(glossary).map(([key, term]) => [key, term[locale]])) as Record<GlossaryKey, string>;
}
