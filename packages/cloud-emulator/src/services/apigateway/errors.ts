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
    super(
      'IdempotentParameterMismatch',
      'The request uses the same client token as a previous, but non-identical request.',
      400,
    );
  }
}
