import {
  duplicateMappings,
  MAX_PORT_MAPPINGS,
  PortMapping,
  PortMappings,
  sharedPortConflicts,
  type EndpointService,
  type EndpointServiceDetail,
  type PortMappingInput,
} from '@portico/contracts/endpoint-services';
import { issue } from '@portico/contracts/messages';
import { formattingLocale } from '@/lib/format';
import { i18n } from '@/lib/i18n/i18n';

/**
 * The port mapping editor's rows, as the form holds them (`ports: PortMappingInput[]`). A cell
 * left empty holds `NaN`, which the contract's port number rejects ("must be a port number").
 * Every rule comes from the contract (`PortMapping`, `PortMappings`, `duplicateMappings`,
 * `sharedPortConflicts`); this file only says which cell a message belongs to.
 */
export type PortRow = PortMappingInput;
export type PortField = 'clientPort' | 'serverPort';
export type SharingServices = EndpointServiceDetail['sharingPortId'];

export const emptyRow = (): PortRow => ({ clientPort: Number.NaN, serverPort: Number.NaN, protocol: 'TCP' });

/** Both cells empty: a row added and not filled in yet. */
export const isBlankRow = (row: PortRow): boolean => Number.isNaN(row.clientPort) && Number.isNaN(row.serverPort);

/** The service's mappings as editor rows (the cloud speaks TCP only). */
export function rowsOf(ports: EndpointService['ports']): PortRow[] {
  return ports.map((p) => ({ clientPort: p.clientPort, serverPort: p.serverPort, protocol: 'TCP' }));
}

export function addRow(rows: readonly PortRow[]): PortRow[] {
  return [...rows, emptyRow()];
}

export function removeRow(rows: readonly PortRow[], index: number): PortRow[] {
  return rows.filter((_, i) => i !== index);
}

/** Rows that are not `index` keep their identity, so the table re-renders the changed row only. */
export function updateCell(rows: readonly PortRow[], index: number, field: PortField, value: number): PortRow[] {
  return rows.map((row, i) => (i === index ? { ...row, [field]: value } : row));
}

/** A number input's value as a cell: '' (or anything not a number) is an empty cell. */
export function cellValue(value: string | number): number {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? Number.NaN : Number(value);
}

const sortKey = (n: number) => (Number.isNaN(n) ? Number.POSITIVE_INFINITY : n);

/** By client port, then server port; empty cells last; equal rows keep their order. */
export function sortRows(rows: readonly PortRow[]): PortRow[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sortKey(a.row.clientPort) - sortKey(b.row.clientPort) || sortKey(a.row.serverPort) - sortKey(b.row.serverPort) || a.i - b.i)
    .map(({ row }) => row);
}

/** Whether sorting would change anything. */
export function isSorted(rows: readonly PortRow[]): boolean {
  return sortRows(rows).every((row, i) => row === rows[i]);
}

/** Bulk-added mappings follow the rows that hold something; rows left blank go. */
export function appendRows(rows: readonly PortRow[], added: readonly PortRow[]): PortRow[] {
  return [...rows.filter((row) => !isBlankRow(row)), ...added];
}

/** "41 / 200": how many mappings the service would have against what it may hold. */
export function mappingCounter(rows: readonly PortRow[]): { count: number; max: number; over: boolean; text: string } {
  const count = rows.length;
  return {
    count,
    max: MAX_PORT_MAPPINGS,
    over: count > MAX_PORT_MAPPINGS,
    text: `${count.toLocaleString(formattingLocale())} / ${MAX_PORT_MAPPINGS.toLocaleString(formattingLocale())}`,
  };
}

/**
 * The contract's message for a repeated client port. The contract's list check only runs when
 * every row is valid and there are at most 200, so while the person types the editor finds the
 * duplicates with the contract's `duplicateMappings` and words them the same way (a unit test
 * holds the two texts together).
 */
export const duplicateMessage = (clientPort: number, firstIndex: number) => issue('clientPortMapped', { port: clientPort, row: firstIndex + 1 }).message;

export interface CellMessages {
  clientPort?: string | undefined;
  serverPort?: string | undefined;
}

export interface RowsCheck {
  /** The message of each cell, or nothing. */
  errors: CellMessages[];
  /** The list's own message (more than 200 mappings). */
  listError: string | undefined;
  /** For a row that repeats an earlier client port: that earlier row's index. */
  duplicateOf: (number | undefined)[];
  /** For a row whose client port is repeated later: the later rows' indices. */
  repeatedIn: number[][];
  /** Rows with a problem, blank rows included. */
  problemRows: number[];
  /** Nothing stops a save. */
  valid: boolean;
}

const validPort = (n: number) => PortMapping.shape.clientPort.safeParse(n).success;

/**
 * Checks the rows as the person types: each row on its own (`PortMapping`), the list
 * (`PortMappings`: the count, and duplicates when every row is valid), duplicates among the
 * valid client ports (`duplicateMappings`), and server ports that a service sharing the
 * backend port_id already uses (`sharedPortConflicts`).
 */
export function checkRows(rows: readonly PortRow[], sharing: SharingServices = []): RowsCheck {
  const errors: CellMessages[] = rows.map((row) => {
    const cells: CellMessages = {};
    for (const issue of PortMapping.safeParse(row).error?.issues ?? []) {
      const [field] = issue.path;
      if (field === 'clientPort' || field === 'serverPort') cells[field] ??= issue.message;
    }
    return cells;
  });

  let listError: string | undefined;
  for (const issue of PortMappings.safeParse(rows).error?.issues ?? []) {
    const [index, field] = issue.path;
    if (typeof index === 'number' && (field === 'clientPort' || field === 'serverPort')) {
      const cells = errors[index];
      if (cells) cells[field] ??= issue.message;
    } else if (issue.path.length === 0) listError ??= issue.message;
  }

  // An empty or invalid client port is not a duplicate of another: each gets a key of its own.
  const keyed = rows.map((row, i) => ({ clientPort: validPort(row.clientPort) ? row.clientPort : -1 - i, serverPort: row.serverPort }));
  const duplicateOf: (number | undefined)[] = rows.map(() => undefined);
  const repeatedIn: number[][] = rows.map(() => []);
  for (const [index, first] of duplicateMappings(keyed)) {
    duplicateOf[index] = first;
    repeatedIn[first]?.push(index);
    const cells = errors[index];
    if (cells) cells.clientPort ??= duplicateMessage(rows[index]?.clientPort ?? Number.NaN, first);
  }

  const serverPorts = rows.map((row) => ({ serverPort: row.serverPort, protocol: 'TCP' as const }));
  for (const [index, conflict] of sharedPortConflicts(serverPorts, sharing)) {
    const cells = errors[index];
    if (cells) cells.serverPort ??= conflict.message;
  }

  const problemRows = rows.flatMap((_, i) => (errors[i]?.clientPort || errors[i]?.serverPort ? [i] : []));
  return { errors, listError, duplicateOf, repeatedIn, problemRows, valid: problemRows.length === 0 && listError === undefined };
}

/** A blank row says nothing at its cells (it was just added); the summary still counts it. */
export function showCellError(row: PortRow): boolean {
  return !isBlankRow(row);
}

/** A message that names its port itself ("client port 8080 is already mapped in row 2", in either language). */
const namesItsPort = (message: string) => /^(client|server) port /.test(message) || /^(客户端|服务端)端口/.test(message);

/**
 * A cell's message as a sentence under it. The row leads, so its number is never read as the
 * port: "Row 41: client port must be between 1 and 65535"; a message that names its port
 * already keeps it: "Row 4: client port 8080 is already mapped in row 2".
 */
export function cellMessage(row: number, field: PortField, message: string | undefined): string | undefined {
  if (!message) return undefined;
  if (namesItsPort(message)) return i18n.t('endpointServices.editor.rowMessage', { row, message });
  return i18n.t('endpointServices.editor.cellMessage', { row, field: i18n.t(`endpointServices.editor.field.${field}`), message });
}

/** The list's own message as a sentence: "An endpoint service may hold at most 200 port mappings". */
export const listMessage = (message: string) => i18n.t('endpointServices.editor.listMessage', { message });
