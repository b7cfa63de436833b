import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

/**
 * Puts the BFF's `fields` (`{ "path.to.field": "message" }`) on the form's fields. A path the
 * form has no field for (the read-only name, or `_` for the whole body) goes to `root.server`.
 */
export function applyServerFieldErrors<T extends FieldValues, C, O extends FieldValues>(form: UseFormReturn<T, C, O>, fields: Record<string, string>): void {
  const known = new Set(Object.keys(form.getValues()));
  const unplaced: string[] = [];
  let focused = false;
  for (const [path, message] of Object.entries(fields)) {
    const top = path.split('.')[0] ?? path;
    if (known.has(top)) {
      form.setError(path as Path<T>, { type: 'server', message }, { shouldFocus: !focused });
      focused = true;
    } else {
      unplaced.push(path === '_' || path === '' ? message : `${path}: ${message}`);
    }
  }
  if (unplaced.length > 0) form.setError('root.server', { type: 'server', message: unplaced.join(' ') });
}

/**
 * Contract messages are written to follow the field's name ("must be between 1 and 65535");
 * shown under a field they read best as a sentence: "Port must be between 1 and 65535".
 */
export function fieldMessage(label: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const first = message.charAt(0);
  return first === first.toLowerCase() && first !== first.toUpperCase() ? `${label} ${message}` : message;
}
