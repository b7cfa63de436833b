import { z } from 'zod';

/**
 * Every validation message the contracts give, by key, in English. The SPA's catalogues
 * (locales/{en,zh-CN}/validation.json, key `validation.<key>`) hold the same keys, and
 * messages.test.ts fails on one missing in either language.
 *
 * A schema names its message with `msg(key, params)` (a zod error function) or, for an issue it
 * raises itself, `issue(key, params)`. Either way the issue carries `params.messageKey` and
 * `params.messageParams`, which the BFF's 400 answers pass on (errors.ts `fieldIssues`), and
 * its text comes from the translator in force: English by default (the BFF), the reader's
 * language in the SPA (`setValidationTranslator`). Zod 4's own error functions are the
 * mechanism; zod-i18n-map is for zod 3 and only translates zod's default messages.
 */
export const validationMessages = {
  invalid: 'is not valid',
  required: 'is required',
  requiredOrDiscovery: 'is required (or a DiscoveryConfig)',
  requiredRiskOwner: 'is required: who owns this risk',
  requiredRiskReason: 'is required: say why it is acceptable for now',
  nothingToChange: 'nothing to change',
  searchEmpty: 'type something to search for',
  notJson: 'is not valid JSON',
  text: 'must be text',
  boolean: 'must be true or false',
  number: 'must be a number',
  wholeNumber: 'must be a whole number',
  tooLarge: 'is too large',
  atLeastOne: 'must be 1 or more',
  atMost: 'must be {{max}} or less',
  maxChars: 'must be {{max}} characters or fewer',
  maxCharsAtMost: 'must be at most {{max}} characters',
  minChars: 'must be at least {{min}} characters',
  charsBetween: 'must be {{min}} to {{max}} characters',
  maxKiB: 'must be {{max}} KiB or less',
  portNumber: 'must be a port number',
  portRange: 'must be between {{min}} and {{max}}',
  numberOfDays: 'must be a number of days',
  wholeNumberOfDays: 'must be a whole number of days',
  daysRange: 'must be {{min}} to {{max}} days',
  numberOfMs: 'must be a number of milliseconds',
  msRange: 'must be {{min}} to {{max}} ms',
  httpStatus: 'must be an HTTP status from {{min}} to {{max}}',
  isoDateTime: 'must be an ISO date-time',
  inFuture: 'must be in the future',
  withinYear: 'must be within a year',
  locale: 'must be en or zh-CN',
  noControlChars: 'must not contain control characters',
  noControlCharsOrAngles: 'must not contain control characters or < >',
  noAngles: 'must not contain < or >',
  noPathChars: 'must not contain / \\ ? # or %',
  noTagChars: 'must not contain = * < > \\ , | /',
  lettersDigitsDashes: 'must be letters, digits and dashes',
  lowercaseDigitsDashes: 'must be lowercase letters, digits and dashes',
  usernameChars: 'may contain letters, digits, dot, dash, underscore and @',
  serviceNameChars: 'may contain letters, digits, _ and - only',
  vpcNameChars: 'may only contain letters, Chinese characters, digits, hyphens (-), underscores (_) and dots (.)',
  vpcNameStart: 'must start with a letter, a Chinese character or a digit',
  between: 'must be between {{min}} and {{max}}',
  zeroOrMore: 'must be 0 or more',
  timeOfDay: 'must be a time such as 22:00',
  chooseDay: 'choose at least one day',
  timeZone: 'must be an IANA time zone such as Asia/Shanghai',
  policyId: 'must be a policy id',
  changeRequestId: 'must be a change request id',
  freezeId: 'must be a freeze id',
  sayWhyChange: 'say why this change is needed',
  sayWhyNow: 'say in a sentence why this cannot wait',
  afterStart: 'must be after the start',
  aclNameChars: 'may only contain letters, Chinese characters, digits and underscores (_)',
  aclNameUnderscore: 'cannot start with an underscore (_)',
  namePatternStar: 'may end in * and hold no other *',
  differFromCurrentPassword: 'must differ from the current password',
  httpUrl: 'must be an http(s) URL',
  hostName: 'must be a host name such as {{example}}',
  regionId: 'must be a region id',
  regionIdSuch: 'must be a region id such as {{example}}',
  vpcIdSuch: 'must be a VPC id such as {{example}}',
  instanceIdSuch: 'must be an instance id such as {{example}}',
  roleArnSuch: 'must be a RAM role ARN such as {{example}}',
  ossBucketName: 'must be an OSS bucket name (3-63 lowercase letters, digits, -)',
  jsonObject: 'must be a JSON object',
  resourceId: 'must be a resource id (letters, digits and -)',
  resourceKey: 'must be a resource key: vpc-authorization:<id>, ip-control:<id>, backend:<id> or endpoint-service:<id>',
  apiKey: 'must be an API key: <apiId>@<TEST|PRE|RELEASE>',
  aclId: 'must be an ACL id',
  policyItemId: 'must be a policy item id',
  apiGroupId: 'must be an API group id',
  apiId: 'must be an API id',
  backendId: 'must be a backend id',
  grantId: 'must be a grant id',
  jobId: 'must be a job id',
  suppressionId: 'must be a suppression id',
  taskId: 'must be a task id',
  tokenId: 'must be a token id',
  userId: 'must be a user id',
  auditEventId: 'must be an audit event id',
  endpointServiceId: 'must be an endpoint service id',
  vpcEndpointId: 'must be a VPC endpoint id',
  accountId: 'must be an account id',
  accountIdOrEveryone: 'must be an account id of 1 to 64 letters and digits, or * for every account',
  applicationId: 'must be an application id (digits)',
  cidr: 'must be an IP address or CIDR block',
  cidrTooLong: 'is too long for an IP address or CIDR block',
  cidrEmpty: 'is empty',
  cidrInvalidBlock: '{{text}} is not a valid CIDR block',
  cidrInvalidAddress: '{{text}} is not a valid IP address',
  cidrRepeats: '{{entry}} repeats entry {{row}}',
  cidrHostBits: '{{entry}} means {{network}}',
  cidrDuplicate: '{{entry}} repeats {{other}}',
  cidrContains: '{{entry}} already contains {{other}}',
  cidrAlreadyInItem: '{{entry}} is already in policy item {{item}}',
  cidrInsideItem: '{{entry}} is inside {{other}} of policy item {{item}}',
  cidrContainsOfItem: '{{entry}} contains {{other}} of policy item {{item}}',
  appIdRefuse: 'only applies to ALLOW lists: a REFUSE list blocks these addresses for every application',
  notTagKey: 'is not a tag key',
  tcpOnly: 'must be TCP (the only protocol the cloud supports)',
  acceptOrReject: 'must be accept or reject',
  addOrRemove: 'must be add or remove',
  listOfApiIds: 'must be a list of API ids',
  listOfCidrs: 'must be a list of IP addresses or CIDR blocks',
  listOfVpcEndpointIds: 'must be a list of VPC endpoint ids',
  listOfAccountIds: 'must be a list of account ids',
  listOfPortMappings: 'must be a list of port mappings',
  maxPortMappings: 'may hold at most {{max}} port mappings',
  maxPolicyItems: 'may hold at most {{max}} policy items',
  maxCidrs: 'may hold at most {{max}} IP addresses or CIDR blocks',
  maxHeaders: 'may hold at most {{max}} headers',
  maxApisAtATime: 'may name at most {{max}} APIs at a time',
  maxAccountsAtATime: 'may name at most {{max}} accounts at a time',
  maxConnectionsAtATime: 'may name at most {{max}} connections at a time',
  needsApi: 'needs at least one API',
  needsCidr: 'needs at least one IP address or CIDR block',
  needsAccount: 'needs at least one account',
  needsConnection: 'needs at least one connection',
  apiTwice: 'names an API twice',
  accountTwice: 'names an account twice',
  clientPortMapped: 'client port {{port}} is already mapped in row {{row}}',
  serverPortShared: 'server port {{port}} is already used by {{name}}, which shares this backend port',
  notConnectionOfService: 'is not a connection of this endpoint service',
  connectionNotActionable: 'is {{status}}; only a waiting, accepted or rejected connection can be {{action}}ed',
  notCurrentPassword: 'is not your current password',
  notYourPassword: 'is not your password',
  usernameTaken: 'is taken',
  needsIdentityProvider: 'needs an identity provider',
  insideMaintenanceWindow: 'must be inside a maintenance window',
  beforeRequestExpires: 'must be before the request expires',
  notApiGroupOfRegion: 'is not an API group of this region',
  listOneProfile: 'list at least one profile, or leave profiles out',
  listOneKind: 'list at least one kind, or leave kinds out',
  listOneName: 'list at least one name, or leave names out',
  listOneStage: 'list at least one stage, or leave stages out',
} as const satisfies Record<string, string>;

export const ValidationKey = z.enum(Object.keys(validationMessages) as [keyof typeof validationMessages, ...(keyof typeof validationMessages)[]]);
export type ValidationKey = z.infer<typeof ValidationKey>;
export type MessageParams = Record<string, string | number>;
export type Translator = (key: ValidationKey, params: MessageParams) => string;

/** A message's English text: the template with its {{params}} filled in. */
export function englishMessage(key: ValidationKey, params: MessageParams = {}): string {
  return validationMessages[key].replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

let translator: Translator = englishMessage;

/** The SPA renders messages in the reader's language; without a call (the BFF) they are English. */
export function setValidationTranslator(next: Translator | undefined): void {
  translator = next ?? englishMessage;
}

/** What an issue carries in `params` besides the text: the message's key and its values. */
export interface MessageRef {
  messageKey: ValidationKey;
  messageParams: MessageParams;
}

type LooseIssue = { params?: Record<string, unknown> };

/**
 * A check's `error`: the text in the translator's language, and the key on the issue. Zod
 * copies the issue's own fields after asking the error function (messages.test.ts proves it).
 */
export function msg(key: ValidationKey, params: MessageParams = {}) {
  return {
    error: (raw: object) => {
      const issue = raw as LooseIssue;
      issue.params = { ...issue.params, messageKey: key, messageParams: params } satisfies MessageRef;
      return translator(key, params);
    },
  };
}

/** The fields of an issue a schema raises itself (`ctx.addIssue({ code: 'custom', path, ...issue(key) })`). */
export function issue(key: ValidationKey, params: MessageParams = {}): { message: string; params: MessageRef } {
  return { message: translator(key, params), params: { messageKey: key, messageParams: params } };
}

/** The key an issue carries, if a contract gave it one. */
export function messageRefOf(raw: object): MessageRef | undefined {
  const params = (raw as { params?: unknown }).params as Partial<MessageRef> | undefined;
  return params && typeof params.messageKey === 'string' && params.messageKey in validationMessages
    ? { messageKey: params.messageKey, messageParams: params.messageParams ?? {} }
    : undefined;
}
