import { ChangeOperation, type ChangeInput } from '@portico/contracts/changes';
import { routes } from '@portico/contracts/routes';
import type { SentRequest } from '@/lib/api-client';

/** The change operation a refused call was (its route in the route table), if a policy can hold it. */
export function operationOf(sent: SentRequest): ChangeOperation | undefined {
  const name = Object.entries(routes).find(([, def]) => def === sent.route)?.[0];
  const parsed = ChangeOperation.safeParse(name);
  return parsed.success ? parsed.data : undefined;
}

const strings = (record: Record<string, unknown> | undefined) =>
  Object.fromEntries(Object.entries(record ?? {}).flatMap(([key, value]) => (value === undefined || value === null || value === '' ? [] : [[key, String(value)]])));

/** The refused call as a change request's input: the same params, query and body. */
export const inputOf = (sent: SentRequest): ChangeInput => ({ params: strings(sent.params), query: strings(sent.query), body: sent.body });
