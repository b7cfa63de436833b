/**
 * Times as API Gateway prints them; the operations differ, as their documented
 * examples show: `2018-01-17T05:48:11Z` (ACLs, policies, bound APIs, the backend
 * list), `2021-11-22T11:10:46+08:00` (DescribeBackendInfo, in the console's
 * China Standard Time) and `2021-12-20T03:22:03.000+0000` (backend models).
 */
export { isoSeconds } from '../../core/time.ts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** yyyy-MM-ddTHH:mm:ss+08:00 */
export function isoChinaTime(epochMs: number): string {
  return `${new Date(epochMs + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** yyyy-MM-ddTHH:mm:ss.SSS+0000 */
export function isoMillisUtc(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 23)}+0000`;
}
