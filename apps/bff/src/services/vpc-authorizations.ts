import { randomUUID } from 'node:crypto';
import pMap from 'p-map';
import { ErrorCode } from '@portico/contracts/errors';
import type { TaskApiResult } from '@portico/contracts/tasks';
import type {
  CreateVpcAuthorization,
  ModifiedVpcAuthorization,
  ModifyVpcAuthorization,
  RemovedVpcAuthorization,
  VpcAuthorizationDetail,
  VpcAuthorizationList,
  VpcAuthorizationListQuery,
} from '@portico/contracts/vpc-authorizations';
import type { PublishedApi } from '@portico/contracts/published-apis';
import * as vpcAccess from '../clouds/alibaba/vpc-access.ts';
import type { AlibabaGateway } from '../clouds/alibaba/client.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import { AppError } from '../http/app-error.ts';
import type { TaskService } from './tasks/task-service.ts';

/** How many bound-API counts are fetched at once for a list page. */
const COUNT_CONCURRENCY = 5;

const pendingResult = (api: PublishedApi): TaskApiResult => ({
  apiId: api.apiId,
  apiName: api.apiName,
  groupId: api.groupId,
  groupName: api.groupName,
  stageId: api.stageId,
  stageName: api.stageName,
  status: 'pending',
});

export class VpcAuthorizationService {
  constructor(
    private readonly clouds: CloudClients,
    private readonly tasks: TaskService,
  ) {}

  async list(query: VpcAuthorizationListQuery): Promise<VpcAuthorizationList> {
    const gw = this.clouds.alibaba(query.profile);
    const page = await vpcAccess.listVpcAuthorizations(gw, query);
    // A count that cannot be fetched must not hide the list: it shows as unknown.
    const items = await pMap(
      page.items,
      async (item) => ({ ...item, boundApiCount: await vpcAccess.countBoundApis(gw, item.name).catch(() => null) }),
      { concurrency: COUNT_CONCURRENCY },
    );
    return { ...page, items };
  }

  async get(name: string, profile?: string): Promise<VpcAuthorizationDetail> {
    const gw = this.clouds.alibaba(profile);
    const authorization = await this.require(gw, name);
    return { authorization, boundApis: await vpcAccess.listBoundApis(gw, name) };
  }

  async create(input: CreateVpcAuthorization, profile?: string): Promise<{ id: string; name: string }> {
    const gw = this.clouds.alibaba(profile);
    return { id: await vpcAccess.createVpcAuthorization(gw, input), name: input.name };
  }

  async modify(name: string, input: ModifyVpcAuthorization, profile?: string): Promise<ModifiedVpcAuthorization> {
    const gw = this.clouds.alibaba(profile);
    await this.require(gw, name);
    const boundApis = input.needBatchWork ? await vpcAccess.listBoundApis(gw, name) : [];
    const clientToken = input.clientToken ?? randomUUID();
    const { operationId } = await vpcAccess.modifyVpcAuthorization(gw, name, { ...input, clientToken });
    if (!input.needBatchWork || !operationId) return operationId ? { operationId } : {};
    const task = await this.tasks.start({
      kind: 'vpc-authorization-update',
      cloud: 'alibaba',
      profile: gw.profile.id,
      operationId,
      targetName: name,
      apis: boundApis.map(pendingResult),
    });
    const { apis: _apis, ...summary } = task;
    return { operationId, task: summary };
  }

  async remove(name: string, profile?: string): Promise<RemovedVpcAuthorization> {
    const gw = this.clouds.alibaba(profile);
    const target = await this.require(gw, name);
    return { unboundApis: await vpcAccess.removeVpcAuthorization(gw, target) };
  }

  private async require(gw: AlibabaGateway, name: string) {
    const found = await vpcAccess.findVpcAuthorization(gw, name);
    if (!found) throw new AppError(ErrorCode.notFound, `No VPC authorization named "${name}".`, 404);
    return found;
  }
}
