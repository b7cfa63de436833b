import { CloudError } from '../../core/errors.ts';

/**
 * API Gateway's own errors. Codes follow the product's documented families
 * ("Error codes for management and control API operations": NotFound%s,
 * Invalid%s, Missing%s, Repeated%s… all HTTP 400) and codes seen from the live
 * service (vpcAccessExists from SetVpcAccess; NotFoundVpc).
 */
export class InvalidParameterError extends CloudError {
  constructor(name: string, detail?: string) {
    super(`Invalid${name}`, `The specified parameter ${name} value is not valid.${detail ? ` ${detail}` : ''}`, 400);
  }
}

export class NotFoundVpcAccessError extends CloudError {
  constructor(what: string) {
    super('NotFoundVpcAccess', `Cannot find resource according to your specified VpcAccess. ${what}`, 400);
  }
}

export class NotFoundVpcError extends CloudError {
  constructor(vpcId: string) {
    super('NotFoundVpc', `Cannot find resource according to your specified Vpc: ${vpcId}.`, 400);
  }
}

export class VpcAccessExistsError extends CloudError {
  constructor(detail: string) {
    super('vpcAccessExists', `The VPC access authorization already exists. ${detail}`, 400);
  }
}

export class NotFoundOperationError extends CloudError {
  constructor(operationUid: string) {
    super('NotFoundOperation', `Cannot find resource according to your specified OperationUid: ${operationUid}.`, 400);
  }
}

export class IdempotentParameterMismatchError extends CloudError {
  constructor() {
    super('IdempotentParameterMismatch', 'The request uses the same client token as a previous, but non-identical request.', 400);
  }
}

/** A required parameter the SDK's model leaves optional but the operation cannot do without. */
export class MissingParameterError extends CloudError {
  constructor(name: string) {
    super(`Missing${name}`, `${name} is mandatory for this action.`, 400);
  }
}

export class NotFoundIpControlError extends CloudError {
  constructor(ipControlId: string) {
    super('NotFoundIpControl', `Cannot find resource according to your specified IpControl: ${ipControlId}.`, 400);
  }
}

export class NotFoundPolicyItemError extends CloudError {
  constructor(policyItemId: string, ipControlId: string) {
    super('NotFoundPolicyItem', `Cannot find resource according to your specified PolicyItem: ${policyItemId} in IpControl ${ipControlId}.`, 400);
  }
}

/** The documented cap of policies in one ACL. */
export class PolicyItemLimitExceededError extends CloudError {
  constructor(limit: number) {
    super('IpControlPolicyItemLimitExceeded', `The access control list already holds ${limit} policies, the most it can hold.`, 400);
  }
}

export class NotFoundBackendError extends CloudError {
  constructor(backendId: string) {
    super('NotFoundBackend', `Cannot find resource according to your specified Backend: ${backendId}.`, 400);
  }
}

export class NotFoundBackendModelError extends CloudError {
  constructor(what: string) {
    super('NotFoundBackendModel', `Cannot find resource according to your specified BackendModel: ${what}.`, 400);
  }
}

/** Documented family Repeated%s: the stage already has a model for this backend. */
export class RepeatedBackendModelError extends CloudError {
  constructor(backendId: string, stageName: string) {
    super('RepeatedBackendModel', `The specified BackendModel is repeated: backend ${backendId} already has a model in stage ${stageName}.`, 400);
  }
}

/** BackendModelData that does not parse, or does not fit the backend type; the message names the key. */
export class InvalidBackendModelDataError extends CloudError {
  constructor(problem: string) {
    super('InvalidBackendModelData', `The specified parameter BackendModelData value is not valid. ${problem}`, 400);
  }
}

/** The code the Terraform provider and SDK users match for a group that does not exist. */
export class NotFoundApiGroupError extends CloudError {
  constructor(groupId: string) {
    super('NotFoundApiGroup', `Cannot find resource according to your specified ApiGroup: ${groupId}.`, 400);
  }
}

/** DeleteIpControl on an ACL that still guards APIs: they must be unbound first. */
export class IpControlInUseError extends CloudError {
  constructor(ipControlId: string, apiCount: number) {
    super(
      'DependencyViolation.IpControl',
      `The IpControl ${ipControlId} is still bound to ${apiCount} ${apiCount === 1 ? 'API' : 'APIs'}; unbind it (RemoveIpControlApis) before deleting it.`,
      400,
    );
  }
}

/** An API id that is not an API of the named group. */
export class NotFoundApiError extends CloudError {
  constructor(apiId: string, groupId: string) {
    super('NotFoundApi', `Cannot find resource according to your specified Api: ${apiId} in group ${groupId}.`, 400);
  }
}
