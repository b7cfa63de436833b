import { createHash } from 'node:crypto';

/** What is stored of a bearer value (session cookie, API token, sign-in binding): never the value. */
export const tokenHash = (value: string): string => createHash('sha256').update(value).digest('hex');
