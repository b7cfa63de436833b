import { MAX_PORT_MAPPINGS, PortMapping } from '@portico/contracts/endpoint-services';
import { i18n } from '@/lib/i18n/i18n';
import type { PortRow } from './port-rows';

/**
 * "Add range": client ports A to B mapped one by one to server ports C, C+1, … Each number is
 * checked with the contract's port number; the range itself must run upwards, fit below 65536
 * on the server side, and add at most as many mappings as a service may hold.
 */
export interface RangeInput {
  firstClient: number;
  lastClient: number;
  firstServer: number;
}
export type RangeField = keyof RangeInput;

export type RangeResult = { ok: true; rows: PortRow[]; summary: string } | { ok: false; errors: Partial<Record<RangeField, string>> };

const MAX_PORT = 65535;
const portMessage = (n: number) => PortMapping.shape.clientPort.safeParse(n).error?.issues[0]?.message;

const span = (first: number, last: number) => (first === last ? `${first}` : `${first}–${last}`);

export function buildRange(input: RangeInput): RangeResult {
  const errors: Partial<Record<RangeField, string>> = {};
  for (const field of ['firstClient', 'lastClient', 'firstServer'] as const) {
    const message = portMessage(input[field]);
    if (message) errors[field] = message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const { firstClient, lastClient, firstServer } = input;
  if (lastClient < firstClient) return { ok: false, errors: { lastClient: i18n.t('endpointServices.range.backwards', { first: firstClient }) } };
  const count = lastClient - firstClient + 1;
  if (count > MAX_PORT_MAPPINGS) {
    return { ok: false, errors: { lastClient: i18n.t('endpointServices.range.tooLong', { count, max: MAX_PORT_MAPPINGS }) } };
  }
  const lastServer = firstServer + count - 1;
  if (lastServer > MAX_PORT) {
    return { ok: false, errors: { firstServer: i18n.t('endpointServices.range.tooHigh', { count, max: MAX_PORT, last: lastServer }) } };
  }

  const rows = Array.from({ length: count }, (_, i): PortRow => ({ clientPort: firstClient + i, serverPort: firstServer + i, protocol: 'TCP' }));
  return { ok: true, rows, summary: i18n.t('endpointServices.range.summary', { count, client: span(firstClient, lastClient), server: span(firstServer, lastServer) }) };
}
