import { PortMapping } from '@portico/contracts/endpoint-services';
import { i18n } from '@/lib/i18n/i18n';
import type { PortRow } from './port-rows';

/**
 * "Paste mappings": one mapping per line, client port first. `8080:80`, `8080 80`, `8080->80`
 * (also `8080 -> 80`, `8080→80`, `8080,80`, tab-separated, and a trailing `/TCP` or ` TCP`) are
 * read; blank lines and `#` comments are skipped. Ports are checked with the contract's port
 * number, so a line the editor takes is a row with valid cells.
 */

/** More than this in one paste is refused: the cloud takes 200, the editor stays quick. */
export const MAX_PASTED_LINES = 1000;

export interface BadLine {
  /** 1-based, as the person counts the lines of what they pasted. */
  line: number;
  text: string;
  reason: string;
}

export interface PastedMappings {
  rows: PortRow[];
  bad: BadLine[];
  /** The paste as a whole could not be taken (too many lines). */
  refused: string | undefined;
}

const MAPPING = /^(\d+)\s*(?:->|→|:|,|\s)\s*(\d+)(?:\s*\/?\s*([A-Za-z]+))?$/;

function portProblem(what: 'clientPort' | 'serverPort', text: string): string | undefined {
  const message = PortMapping.shape.clientPort.safeParse(Number(text)).error?.issues[0]?.message;
  return message ? i18n.t('endpointServices.paste.portProblem', { field: i18n.t(`endpointServices.editor.field.${what}`), port: text, message }) : undefined;
}

function readLine(text: string): { row: PortRow } | { reason: string } {
  const match = MAPPING.exec(text);
  if (!match) return { reason: i18n.t('endpointServices.paste.notAMapping') };
  const [, client = '', server = '', protocol] = match;
  if (protocol !== undefined) {
    const message = PortMapping.shape.protocol.safeParse(protocol.toUpperCase()).error?.issues[0]?.message;
    if (message) return { reason: i18n.t('endpointServices.paste.protocolProblem', { protocol, message }) };
  }
  const problem = portProblem('clientPort', client) ?? portProblem('serverPort', server);
  if (problem) return { reason: problem };
  return { row: { clientPort: Number(client), serverPort: Number(server), protocol: 'TCP' } };
}

const isSkipped = (line: string) => line === '' || line.startsWith('#');

export function parsePastedMappings(text: string): PastedMappings {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  const count = lines.filter((line) => !isSkipped(line)).length;
  if (count > MAX_PASTED_LINES) {
    return { rows: [], bad: [], refused: i18n.t('endpointServices.paste.tooMany', { count, max: MAX_PASTED_LINES }) };
  }
  const rows: PortRow[] = [];
  const bad: BadLine[] = [];
  lines.forEach((line, i) => {
    if (isSkipped(line)) return;
    const read = readLine(line);
    if ('row' in read) rows.push(read.row);
    else bad.push({ line: i + 1, text: line, reason: read.reason });
  });
  return { rows, bad, refused: undefined };
}

/** "Line 3: “80a:90” is not a mapping like 8080:80 (…)". */
export function badLineMessage(bad: BadLine): string {
  return i18n.t('endpointServices.paste.badLine', { line: bad.line, text: bad.text.length > 40 ? `${bad.text.slice(0, 40)}…` : bad.text, reason: bad.reason });
}
