import { guardApis, guardResource } from '../access/guard.ts';
import { groupTags } from '../../clouds/alibaba/published-apis.ts';
import pMap from 'p-map';
import { ErrorCode, fieldMessages } from '@portico/contracts/errors';
import {
  BackendType,
  checkBackendModel,
  type BackendDetail,
  type BackendList,
  type BackendListQuery,
  type SaveBackendModel,
  type SavedBackendModel,
} from '@portico/contracts/backend-models';
import { secretsToRetype } from '@portico/contracts/backend-secrets';
import { StageName, type PublishedApi } from '@portico/contracts/published-apis';
import type { TaskApiResult } from '@portico/contracts/tasks';
import * as backends from '../../clouds/alibaba/backends.ts';
import type { AlibabaGateway } from '../../clouds/alibaba/client.ts';
import type { CloudClients } from '../../clouds/cloud-clients.ts';
import { AppError } from '../../errors.ts';
import type { Actor, AuditLog, AuditTarget } from '../audit/audit-log.ts';
import { audited } from '../audit/audited.ts';
import type { TaskService } from '../tasks/task-service.ts';
import { maskSecrets, restoreSecrets } from './secrets.ts';

const STAGE_CONCURRENCY = 5;
const stages = StageName.options;

const pending = (api: PublishedApi): TaskApiResult => ({ ...api, status: 'pending' });

export class BackendModelService {
  constructor(
    private readonly clouds: CloudClients,
    private readonly tasks: TaskService,
    private readonly audit: AuditLog,
  ) {}

  async list(query: BackendListQuery): Promise<BackendList> {
    const gw = this.clouds.alibaba(query.profile);
    const page = await backends.listBackends(gw, query);
    const items = await pMap(
      page.items,
      async (backend) => {
        const info = await backends.getBackend(gw, backend.id).catch(() => undefined);
        return { ...backend, stages: stages.filter((s) => info?.models.some((m) => m.stageName === s)) };
      },
      { concurrency: STAGE_CONCURRENCY },
    );
    return { ...page, items };
  }

  async get(id: string, profile?: string): Promise<BackendDetail> {
    const gw = this.clouds.alibaba(profile);
    const { backend, models } = await this.require(gw, id);
    const [TEST, PRE, RELEASE] = await Promise.all(stages.map((stage) => backends.listApisByBackend(gw, id, stage)));
    return {
      backend,
      models: models.map((m) => ({ ...m, data: maskSecrets(m.data) })),
      boundApis: { TEST: TEST ?? [], PRE: PRE ?? [], RELEASE: RELEASE ?? [] },
    };
  }

  async create(actor: Actor, id: string, stage: StageName, input: SaveBackendModel, profile?: string): Promise<SavedBackendModel & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const { backend, models } = await this.require(gw, id);
    await this.guard(actor, gw, backend.name, stage);
    if (models.some((m) => m.stageName === stage)) {
      throw new AppError(ErrorCode.conflict, `${backend.name} already has a model in ${stage}; edit it instead.`, 409);
    }
    const data = this.check(backend.type, input.data, undefined);
    const result = await audited(this.audit, actor, target(gw, 'CreateBackendModel', backend, stage), { before: null, after: data }, () =>
      backends.createBackendModel(gw, { backendId: id, backendType: backend.type, stageName: stage, data, description: input.description }),
    );
    return { modelId: result.modelId, auditEventId: result.auditEventId };
  }

  async modify(
    actor: Actor,
    id: string,
    stage: StageName,
    input: SaveBackendModel,
    profile?: string,
    revertOf?: string,
  ): Promise<SavedBackendModel & { auditEventId: string }> {
    const gw = this.clouds.alibaba(profile);
    const { backend, models } = await this.require(gw, id);
    const current = models.find((m) => m.stageName === stage);
    if (!current) throw new AppError(ErrorCode.notFound, `${backend.name} has no model in ${stage}; create one first.`, 404);
    await this.guard(actor, gw, backend.name, stage);
    const data = this.check(backend.type, input.data, current.data);
    const apis = await backends.listApisByBackend(gw, id, stage);
    await guardApis(actor, 'backend-model', gw.profile.id, apis, () => groupTags(gw));
    const change = { before: current.data, after: data };
    return audited(
      this.audit,
      actor,
      target(gw, 'ModifyBackendModel', backend, stage),
      change,
      async () => {
        const { operationId, requestId } = await backends.modifyBackendModel(gw, {
          backendId: id,
          backendType: backend.type,
          modelId: current.id,
          stageName: stage,
          data,
          description: input.description,
          clientToken: input.clientToken,
        });
        if (!operationId) return { modelId: current.id, requestId };
        const task = await this.tasks.start({
          kind: 'backend-model-update',
          cloud: 'alibaba',
          profile: gw.profile.id,
          operationId,
          targetName: `${backend.name} · ${stage}`,
          apis: apis.map(pending),
        });
        const { apis: _apis, ...summary } = task;
        return { modelId: current.id, operationId, task: summary, requestId, taskId: task.id };
      },
      revertOf,
    ).then(({ requestId: _r, taskId: _t, ...rest }) => rest);
  }

  /**
   * A masked secret whose destination changed must be typed again (never sent to a new server);
   * other masked secrets become the stored ones, then the model is checked against the backend's type.
   * A failure names the JSON path: `data.ServiceAddress: must be an http(s) URL`.
   */
  private check(type: string, incoming: Record<string, unknown>, current: Record<string, unknown> | undefined) {
    const parsedType = BackendType.safeParse(type);
    if (!parsedType.success) throw new AppError(ErrorCode.validation, `The console cannot edit ${type} backends yet.`, 400);
    const retype = secretsToRetype(incoming, current);
    if (Object.keys(retype).length > 0) {
      const fields = Object.fromEntries(Object.entries(retype).map(([path, message]) => [`data.${path}`, message]));
      const [firstPath, firstMessage] = Object.entries(retype)[0]!;
      throw new AppError(ErrorCode.validation, `${firstPath}: ${firstMessage}`, 400, { fields });
    }
    const { data, missing } = restoreSecrets(incoming, current);
    if (missing.length > 0) {
      const fields = Object.fromEntries(missing.map((path) => [`data.${path}`, 'is masked but nothing is stored: enter the value']));
      throw new AppError(ErrorCode.validation, `Invalid body: ${missing[0]} must be entered`, 400, { fields });
    }
    const result = checkBackendModel(parsedType.data, data);
    if (!result.success) {
      const fields = Object.fromEntries(Object.entries(fieldMessages(result.error)).map(([path, message]) => [`data.${path}`, message]));
      const [firstPath, firstMessage] = Object.entries(fields)[0] ?? ['data', 'is invalid'];
      throw new AppError(ErrorCode.validation, `Invalid model: ${firstPath.slice(5)}: ${firstMessage}`, 400, { fields });
    }
    return data;
  }

  /** The backend's tags, which only the list answers (DescribeBackendInfo has none). */
  async tagsOf(name: string, profile?: string): Promise<Record<string, string> | undefined> {
    const gw = this.clouds.alibaba(profile);
    const page = await backends.listBackends(gw, { page: 1, pageSize: 100, search: name });
    return page.items.find((b) => b.name === name)?.tags;
  }

  private async guard(actor: Actor, gw: AlibabaGateway, name: string, stage: StageName): Promise<void> {
    await guardResource(actor, 'change', { kind: 'backend-model', profile: gw.profile.id, name, stage }, () => this.tagsOf(name, gw.profile.id));
  }

  private async require(gw: AlibabaGateway, id: string) {
    const found = await backends.getBackend(gw, id).catch((error: unknown) => {
      if (error instanceof AppError && error.status === 404) return undefined;
      if (error instanceof AppError && /NotFound/i.test(error.details.upstream?.code ?? '')) return undefined;
      throw error;
    });
    if (!found) throw new AppError(ErrorCode.notFound, `No backend with id "${id}".`, 404);
    return found;
  }
}

function target(gw: AlibabaGateway, operation: string, backend: { id: string; name: string }, stage: StageName): AuditTarget {
  return {
    cloud: 'alibaba',
    profile: gw.profile.id,
    region: gw.profile.region,
    operation,
    resourceType: 'backend-model',
    target: `${backend.name} · ${stage}`,
    resource: { kind: 'backend', id: backend.id },
  };
}
