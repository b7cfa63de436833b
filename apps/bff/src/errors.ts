import type { ChangeRefusal } from '@portico/contracts/changes';
import type { z } from 'zod';
import { ErrorCode, fieldIssues, fieldMessages, type FieldIssue, type UpstreamError } from '@portico/contracts/errors';
import { englishMessage, type MessageParams, type ValidationKey } from '@portico/contracts/messages';
import type { PublishedApi } from '@portico/contracts/published-apis';

/**
 * The one error type services and cloud clients throw; the HTTP layer's error middleware turns it
 * into the envelope. It lives here, not in http/, because services must not depend on HTTP code.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details: {
      fields?: Record<string, string>;
      /** The fields' messages as keys and values, for the browser to show in its reader's language. */
      issues?: FieldIssue[];
      upstream?: UpstreamError;
      retryAfterSeconds?: number;
      outsideScope?: PublishedApi[];
      change?: ChangeRefusal;
    } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A field's message named by its contract key (`validation.<key>` in the SPA) and values. */
export interface KeyedField {
  key: ValidationKey;
  params?: MessageParams;
}

/**
 * Field messages a service finds itself (not a schema), as the envelope carries them: the English
 * text per path in `fields`, and the key and values in `issues`, so the browser says them in its
 * reader's language like the contracts' own.
 */
export function keyedFields(keyed: Record<string, KeyedField>): { fields: Record<string, string>; issues: FieldIssue[] } {
  const issues = Object.entries(keyed).map(([path, { key, params = {} }]) => ({ path, key, params, message: englishMessage(key, params) }));
  return { fields: Object.fromEntries(issues.map((issue) => [issue.path, issue.message])), issues };
}

/** Parses one part of a request; a failure names every field with a message a person can act on. */
export function parsePart<T extends z.ZodType>(schema: T, value: unknown, where: 'params' | 'query' | 'body'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = fieldMessages(result.error);
  const summary = Object.entries(fields)
    .slice(0, 3)
    .map(([path, message]) => `${path}: ${message}`)
    .join('; ');
  throw new AppError(ErrorCode.validation, `Invalid ${where}: ${summary}`, 400, { fields, issues: fieldIssues(result.error) });
}
