import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseStateText, type StateDocument } from './state-document.ts';

/** Reads a state document from a file; undefined when there is none (a first start). */
export function readStateFile(path: string): StateDocument | undefined {
  if (!existsSync(path)) return undefined;
  return parseStateText(readFileSync(path, 'utf8'), path);
}

/**
 * Writes a document so that a reader (or a crash) sees either the old file or the new one,
 * never half of one: a temporary file in the same directory, then a rename over the target.
 */
export function writeStateFile(path: string, doc: StateDocument): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(doc), { flush: true });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
