import { CloudError } from '../../core/errors.ts';

/**
 * VPCEP's own errors: codes, statuses and messages from the VPC Endpoint API
 * reference, "Error Codes" (EndPoint.0xxx system errors, 3xxx endpoint service
 * errors). Where the cloud's message is generic, a second sentence says what
 * was wrong. Unknown ids answer 404 EndPoint.0005 (the not-found check Huawei
 * SDK users match on).
 */
class VpcepError extends CloudError {
  constructor(code: string, message: string, status: number, detail?: string) {
    super(code, detail ? `${message} ${detail}` : message, status);
  }
}

/** EndPoint.0001 (500). */
export class SystemError extends VpcepError {
  constructor() {
    super('EndPoint.0001', 'System error. Please retry.', 500);
  }
}

/** EndPoint.0002 (400): malformed body, wrong JSON types, values out of the documented rules without a code of their own. */
export class ParameterError extends VpcepError {
  constructor(detail: string) {
    super('EndPoint.0002', 'Parameter error.', 400, detail);
  }
}

/** EndPoint.0004 (403): a project the credentials do not own. */
export class ForbiddenProjectError extends VpcepError {
  constructor(projectId: string) {
    super('EndPoint.0004', 'Authentication information is incorrect or you have no permissions.', 403, `The credentials have no permission for project ${projectId}.`);
  }
}

/** EndPoint.0005 (404). */
export class ResourceNotFoundError extends VpcepError {
  constructor(what: string) {
    super('EndPoint.0005', 'The requested resource does not exist.', 404, what);
  }
}

export class InvalidLimitError extends VpcepError {
  constructor() {
    super('EndPoint.0006', 'Invalid limit.', 400, 'limit must be an integer from 0 to 1000.');
  }
}

export class InvalidOffsetError extends VpcepError {
  constructor() {
    super('EndPoint.0010', 'Invalid offset.', 400, 'offset must be an integer of 0 or more.');
  }
}

export class InvalidSortKeyError extends VpcepError {
  constructor() {
    super('EndPoint.0017', 'Invalid sort_key.', 400, 'Valid values: create_at, update_at (also created_at, updated_at).');
  }
}

export class InvalidSortDirError extends VpcepError {
  constructor() {
    super('EndPoint.0018', 'Invalid sort_dir.', 400, 'Valid values: asc, desc.');
  }
}

export class InvalidStatusError extends VpcepError {
  constructor(valid: readonly string[]) {
    super('EndPoint.0019', 'Invalid status.', 400, `Valid values: ${valid.join(', ')}.`);
  }
}

export class InvalidMarkerIdError extends VpcepError {
  constructor() {
    super('EndPoint.0021', 'Invalid marker_id.', 400, 'marker_id must be an integer.');
  }
}

/** EndPoint.2028: a port mapping without client_port or server_port, or an empty ports list. */
export class PortOrProtocolEmptyError extends VpcepError {
  constructor(detail: string) {
    super('EndPoint.2028', 'The endpoint service port or protocol is empty.', 400, detail);
  }
}

/** EndPoint.3004: a client_port out of 1-65535, or mapped twice in one service. */
export class InvalidPortError extends VpcepError {
  constructor(detail: string) {
    super('EndPoint.3004', 'Invalid port.', 400, detail);
  }
}

/** EndPoint.3043: a server_port out of 1-65535. */
export class InvalidServicePortError extends VpcepError {
  constructor(detail: string) {
    super('EndPoint.3043', 'The service port is invalid.', 400, detail);
  }
}

/** EndPoint.3044: a server_port + protocol already used by another service on the same port_id. */
export class PortsConflictError extends VpcepError {
  constructor(detail: string) {
    super('EndPoint.3044', 'The parameter ports conflicted with ports in an existing endpoint service.', 400, detail);
  }
}

/** EndPoint.3045: only an available service can be modified. */
export class ServiceStateError extends VpcepError {
  constructor(status: string) {
    super('EndPoint.3045', 'Other properties cannot be modified in the current endpoint service state.', 400, `The endpoint service is ${status}.`);
  }
}

export class InvalidVipPortIdError extends VpcepError {
  constructor(detail: string) {
    super('EndPoint.3051', 'Endpoint service vip port id is invalid.', 400, detail);
  }
}

export class InvalidPortIdError extends VpcepError {
  constructor() {
    super('EndPoint.3063', 'Invalid port ID.', 400, 'port_id must be a UUID.');
  }
}

export class MaxPortsError extends VpcepError {
  constructor(count: number, max: number) {
    super('EndPoint.3074', 'The maximum of ports has been reached.', 400, `At most ${max} port mappings; ${count} were given.`);
  }
}

export class InvalidProtocolError extends VpcepError {
  constructor(protocol: string) {
    super('EndPoint.3075', 'The protocol is invalid.', 400, `Only TCP is supported; got ${JSON.stringify(protocol)}.`);
  }
}

export class InvalidServiceNameError extends VpcepError {
  constructor() {
    super('EndPoint.3076', 'Invalid service name.', 400, 'service_name has at most 16 characters: letters, digits, underscores (_) and hyphens (-).');
  }
}
