import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readStateFile, writeStateFile } from './state-file.ts';
import type { StateDocument } from './state-document.ts';

/** A snapshot's name: it is a file name too, so a safe alphabet only. */
export const SNAPSHOT_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export interface SnapshotInfo {
  name: string;
  savedAt: string;
  /** API Gateway regions and VPCEP projects it holds. */
  alibabaRegions: number;
  huaweiProjects: number;
  /** Why the file cannot be read (it is listed so that someone sees it and can delete it). */
  error?: string;
}

function info(name: string, doc: StateDocument): SnapshotInfo {
  return { name, savedAt: doc.savedAt, alibabaRegions: doc.alibaba.length, huaweiProjects: doc.huawei.length };
}

/**
 * Named snapshots of the whole cloud state. With a directory they are files
 * (`<dir>/<name>.json`, the state document format) and outlive the process; without one they
 * live in memory, as the rest of a stand-alone emulator's state does.
 */
export class SnapshotStore {
  private readonly memory = new Map<string, StateDocument>();

  constructor(private readonly dir?: string) {}

  save(name: string, doc: StateDocument): SnapshotInfo {
    if (this.dir) writeStateFile(this.file(name), doc);
    else this.memory.set(name, structuredClone(doc));
    return info(name, doc);
  }

  /** The document, checked (version, shape) when read from a file; undefined when there is no such snapshot. */
  get(name: string): StateDocument | undefined {
    if (!this.dir) {
      const doc = this.memory.get(name);
      return doc === undefined ? undefined : structuredClone(doc);
    }
    return readStateFile(this.file(name));
  }

  list(): SnapshotInfo[] {
    if (!this.dir) return [...this.memory.entries()].map(([name, doc]) => info(name, doc)).sort(byName);
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((file) => file.endsWith('.json') && SNAPSHOT_NAME.test(file.slice(0, -5)))
      .map((file) => this.listed(file.slice(0, -5)))
      .sort(byName);
  }

  delete(name: string): boolean {
    if (!this.dir) return this.memory.delete(name);
    const file = this.file(name);
    if (!existsSync(file)) return false;
    rmSync(file);
    return true;
  }

  private listed(name: string): SnapshotInfo {
    let error = 'gone';
    try {
      const doc = this.get(name);
      if (doc) return info(name, doc);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    return { name, savedAt: statSync(this.file(name)).mtime.toISOString(), alibabaRegions: 0, huaweiProjects: 0, error };
  }

  private file(name: string): string {
    if (!SNAPSHOT_NAME.test(name) || !this.dir) throw new Error(`bad snapshot name ${name}`);
    return join(this.dir, `${name}.json`);
  }
}

const byName = (a: SnapshotInfo, b: SnapshotInfo): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
