/** A Huawei Cloud project: one region of one account (domain). */
export interface HuaweiProject {
  readonly projectId: string;
  readonly regionId: string;
  readonly domainId: string;
}

/** The projects the emulator serves, and whose each is. */
export class ProjectDirectory {
  private readonly byId = new Map<string, HuaweiProject>();

  constructor(projects: readonly HuaweiProject[]) {
    for (const project of projects) this.byId.set(project.projectId, project);
  }

  find(projectId: string): HuaweiProject | undefined {
    return this.byId.get(projectId);
  }

  /** The project, when it belongs to this account; another account's project is not yours to use. */
  ownedBy(projectId: string, domainId: string): HuaweiProject | undefined {
    const project = this.byId.get(projectId);
    return project?.domainId === domainId ? project : undefined;
  }

  all(): HuaweiProject[] {
    return [...this.byId.values()];
  }
}
