import type { Page } from '@portico/contracts/paging';
import type { ResourceKind } from '@portico/contracts/grants';
import type { Inventory } from '@portico/contracts/bindings';
import type { HomeCount, HomeFindings, HomeProfile, HomeSummary } from '@portico/contracts/home';
import * as backends from '../clouds/alibaba/backends.ts';
import * as acl from '../clouds/alibaba/ip-controls.ts';
import * as vpcAccess from '../clouds/alibaba/vpc-access.ts';
import * as vpcep from '../clouds/huawei/endpoint-services.ts';
import type { CloudClients } from '../clouds/cloud-clients.ts';
import type { AuditLog, AuditVisibility } from './audit/audit-log.ts';
import type { TaskService } from './tasks/task-service.ts';
import { AppError } from '../errors.ts';

/** Resources of one kind as grants see them: a name and its tags. */
export interface NamedResource {
  name: string;
  tags?: Record<string, string> | undefined;
}

/** What the person asking may see; the HTTP layer builds it from their grants. */
export interface HomeViewer {
  userId: string | undefined;
  /** Every read allowed (a global viewer or more): counts are the clouds' totals. */
  readsEverything: boolean;
  /** Whether any grant reaches this kind in this profile at all. */
  readsKind(kind: ResourceKind, profile: string): boolean;
  /** How many of these the person may see. */
  visibleCount(kind: ResourceKind, profile: string, items: readonly NamedResource[]): number;
  /** Whether the person may read a profile's whole inventory (its findings). */
  readsWholeProfile(profile: string): boolean;
  /** The audit events they may see; undefined: all. */
  audit: AuditVisibility | undefined;
}

/** A person narrowed by grants gets the count of the first page this size. */
const NARROWED_PAGE = 100;
const RECENT = 6;
const RUNNING = 5;

type Lister = (page: { page: number; pageSize: number }) => Promise<Page<NamedResource>>;

export interface InventoryReader {
  /** The latest built inventory, with suppressions applied; undefined before a first build. */
  latest(profile: string): Promise<Inventory | undefined>;
}

/**
 * The home screen's summary. Counts come from one list call per kind and profile (a page of one
 * for people who see everything); findings from the inventory as last built, never a new crawl.
 */
export class HomeService {
  constructor(
    private readonly clouds: CloudClients,
    private readonly tasks: TaskService,
    private readonly audit: AuditLog,
    private readonly inventory: InventoryReader,
  ) {}

  async summary(viewer: HomeViewer): Promise<HomeSummary> {
    const [profiles, findings, running, everyone, mine] = await Promise.all([
      this.profiles(viewer),
      this.findings(viewer),
      this.tasks.list({ page: 1, pageSize: RUNNING, status: 'running' }),
      this.audit.list({ page: 1, pageSize: RECENT, category: 'changes' }, viewer.audit),
      viewer.userId ? this.audit.list({ page: 1, pageSize: RECENT, category: 'changes' }, { actorId: viewer.userId, scopes: [] }) : undefined,
    ]);
    return {
      profiles,
      findings,
      running: { total: running.total, items: running.items },
      recent: { everyone: everyone.items, mine: mine?.items ?? [] },
    };
  }

  private listers(cloud: 'alibaba' | 'huawei', profile: string): [ResourceKind, Lister][] {
    if (cloud === 'huawei') {
      const gw = this.clouds.huawei(profile);
      return [
        ['endpoint-service', (q) => vpcep.listEndpointServices(gw, q).then((p) => ({ ...p, items: p.items.map((s) => ({ name: s.serviceName || s.id, tags: s.tags })) }))],
      ];
    }
    const gw = this.clouds.alibaba(profile);
    return [
      ['vpc-authorization', (q) => vpcAccess.listVpcAuthorizations(gw, q)],
      ['ip-control', (q) => acl.listIpControls(gw, q).then((p) => ({ ...p, items: p.items.map((i) => ({ name: i.name, tags: {} })) }))],
      ['backend-model', (q) => backends.listBackends(gw, q)],
    ];
  }

  private async profiles(viewer: HomeViewer): Promise<HomeProfile[]> {
    const all = await Promise.all(
      this.clouds.profiles.all.map(async (profile) => {
        const kinds = this.listers(profile.cloud, profile.id).filter(([kind]) => viewer.readsKind(kind, profile.id));
        const counts = await Promise.all(kinds.map(([kind, list]) => this.count(viewer, kind, profile.id, list)));
        return { id: profile.id, name: profile.name, cloud: profile.cloud, region: profile.region, counts };
      }),
    );
    return all.filter((profile) => profile.counts.length > 0);
  }

  private async count(viewer: HomeViewer, kind: ResourceKind, profile: string, list: Lister): Promise<HomeCount> {
    try {
      if (viewer.readsEverything) return { kind, count: (await list({ page: 1, pageSize: 1 })).total, more: false };
      const page = await list({ page: 1, pageSize: NARROWED_PAGE });
      return { kind, count: viewer.visibleCount(kind, profile, page.items), more: page.total > page.items.length };
    } catch {
      // One cloud not answering must not hide the rest of the home screen.
      return { kind, count: null, more: false };
    }
  }

  private async findings(viewer: HomeViewer): Promise<HomeFindings[]> {
    const profiles = this.clouds.profiles.all.filter((p) => p.cloud === 'alibaba' && viewer.readsWholeProfile(p.id));
    return Promise.all(
      profiles.map(async (profile): Promise<HomeFindings> => {
        const inventory = await this.inventory.latest(profile.id);
        const open = { high: 0, warning: 0, info: 0 };
        let suppressed = 0;
        for (const finding of inventory?.findings ?? []) {
          if (finding.suppressed) suppressed += 1;
          else open[finding.severity] += 1;
        }
        const base = { profile: profile.id, profileName: profile.name, open, suppressed };
        return inventory ? { ...base, state: 'built', asOf: inventory.asOf } : { ...base, state: 'not-built' };
      }),
    );
  }
}

/** The inventory as the bindings screen shows it (suppressions applied); none before a first build. */
export function latestInventory(
  inventory: { latest(profile?: string): Promise<Inventory> },
  suppressions: { apply(inventory: Inventory): Promise<Inventory> },
): InventoryReader {
  return {
    latest: async (profile) => {
      const built = await inventory.latest(profile).catch((error: unknown) => {
        if (error instanceof AppError && error.status === 404) return undefined;
        throw error;
      });
      return built && suppressions.apply(built);
    },
  };
}
