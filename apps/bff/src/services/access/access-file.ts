import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PorticoAccessFile } from '@portico/contracts/changes';
import { fieldMessages } from '@portico/contracts/errors';

/** The access file cannot be used: the message names the file and the first wrong field. */
export class AccessFileError extends Error {
  override name = 'AccessFileError';
}

/** Reads PORTICO_ACCESS_FILE: `.json` as JSON, anything else as YAML (a superset of JSON). */
export function loadAccessFile(path: string): PorticoAccessFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AccessFileError(`PORTICO_ACCESS_FILE ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
  return parseAccessFile(text, path);
}

export function parseAccessFile(text: string, path: string): PorticoAccessFile {
  let document: unknown;
  try {
    document = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new AccessFileError(
      `PORTICO_ACCESS_FILE ${path} is not valid ${extname(path).toLowerCase() === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const result = PorticoAccessFile.safeParse(document ?? {});
  if (!result.success) {
    const [field, message] = Object.entries(fieldMessages(result.error))[0] ?? ['grants', 'is invalid'];
    throw new AccessFileError(`PORTICO_ACCESS_FILE ${path}: ${field} ${message}.`);
  }
  return result.data;
}
