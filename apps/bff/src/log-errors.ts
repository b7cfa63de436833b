type Serialized = Record<string, unknown>;

/** The query parameters drizzle appends to a message ("…\nparams: hash,token"). */
const paramsInMessage = /\n\s*params:.*$/s;

function withoutParams(message: string): string {
  return message.replace(paramsInMessage, '');
}

/** Kind, message without parameters, code: nothing of an error that may hold a value. */
function safePart(error: unknown): Serialized {
  if (!(error instanceof Error)) return { message: typeof error === 'string' ? withoutParams(error) : 'non-error value thrown' };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.constructor.name,
    message: withoutParams(error.message),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
  };
}

/**
 * Logs an error without the values it may carry. Database errors hold the query's parameters
 * (drizzle's `params` and message, PostgreSQL's `detail` such as "Key (token_hash)=(…)"),
 * which may be password hashes, CSRF tokens or session hashes: only the kind, the message
 * without parameters, the SQLSTATE code and the stack frames are kept, for the error and its
 * cause. Everything else an error object holds is left out.
 */
export function safeErrorSerializer(error: unknown): Serialized {
  const safe = safePart(error);
  if (!(error instanceof Error)) return safe;
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
  const cause = error.cause === undefined ? {} : { cause: safePart(error.cause) };
  return { ...safe, stack: [`${String(safe.type)}: ${String(safe.message)}`, ...frames].join('\n'), ...cause };
}
