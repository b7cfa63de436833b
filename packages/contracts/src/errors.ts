import { z } from 'zod';
import { ChangeRefusal } from './changes.ts';
import { messageRefOf, ValidationKey } from './messages.ts';
import { PublishedApi } from './published-apis.ts';

/** The cloud's own account of a failed call, passed through so people can quote it to support. */
export const UpstreamError = z.object({
  cloud: z.enum(['alibaba', 'huawei']),
  code: z.string(),
  message: z.string(),
  requestId: z.string().optional(),
});
export type UpstreamError = z.infer<typeof UpstreamError>;

/**
 * One field's message as data: the catalogue key (`validation.<key>` in the SPA), its values and
 * the English text, so the browser shows the same message in the reader's language.
 */
export const FieldIssue = z.object({
  path: z.string(),
  key: ValidationKey,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/** The one error envelope every BFF error answers with. */
export const ErrorEnvelope = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** The same fields' messages as keys and values (every issue, not only each path's first). */
    issues: z.array(FieldIssue).optional(),
    upstream: UpstreamError.optional(),
    /** A change refused for its reach: the published APIs it would touch outside the person's grants. */
    outsideScope: z.array(PublishedApi).optional(),
    /** A save held for review (the policies), stopped by a freeze, or an apply refused for drift. */
    change: ChangeRefusal.optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** Stable error codes the BFF itself emits (cloud codes travel in `upstream`). */
export const ErrorCode = {
  validation: 'VALIDATION_FAILED',
  notFound: 'NOT_FOUND',
  conflict: 'CONFLICT',
  upstream: 'UPSTREAM_ERROR',
  upstreamUnavailable: 'UPSTREAM_UNAVAILABLE',
  unauthenticated: 'UNAUTHENTICATED',
  forbidden: 'FORBIDDEN',
  csrf: 'CSRF_TOKEN_INVALID',
  /** Signed in with a generated password: change it first. */
  passwordChangeRequired: 'PASSWORD_CHANGE_REQUIRED',
  /** A change from another site (its Origin is not the console's PUBLIC_URL). */
  crossOrigin: 'CROSS_ORIGIN_REFUSED',
  rateLimited: 'RATE_LIMITED',
  /** An admin requires single sign-on: password sign-in is for admins' break-glass accounts. */
  ssoRequired: 'SSO_REQUIRED',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  internal: 'INTERNAL',
  /** A policy holds this change for review: open a change request instead. */
  reviewRequired: 'CHANGE_REVIEW_REQUIRED',
  /** A change freeze is on. */
  frozen: 'CHANGE_FROZEN',
  /** Approving needs the password typed again within the last few minutes. */
  stepUpRequired: 'STEP_UP_REQUIRED',
} as const;

/**
 * Flattens zod issues into `{ "path.to.field": "message" }`, the shape forms and people read.
 * The first message per path wins: one actionable message per field.
 */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  return fields;
}

/** Every issue as a `FieldIssue`; one a contract did not key (zod's own wording) is `invalid`. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const ref = messageRefOf(issue);
    return { path: issue.path.map(String).join('.') || '_', key: ref?.messageKey ?? 'invalid', params: ref?.messageParams ?? {}, message: issue.message };
  });
}
