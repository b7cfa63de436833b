import type { Diagnostic } from '@codemirror/lint';
import { pointerOf, type ParsedJson } from './json-document';
import type { ModelCheck } from './model-issues';

/** The JSON pointer of the innermost property or item whose text holds `offset`. */
export function pointerAt(doc: ParsedJson, offset: number): string | undefined {
  let best: { pointer: string; size: number } | undefined;
  for (const [pointer, location] of doc.locations) {
    const from = location.keyFrom ?? location.valueFrom;
    if (offset < from || offset > location.valueTo) continue;
    const size = location.valueTo - from;
    if (!best || size < best.size) best = { pointer, size };
  }
  return best?.pointer;
}

/**
 * The schema lint (codemirror-json-schema) places its findings well but words them for schema
 * authors ("Value in `ServiceAddress` should match `^https?:..`"). Where the contract's own
 * check has a finding for the same path, the editor shows the contract's words instead, the
 * same ones the list of model errors and the BFF use.
 */
export function withContractMessages(diagnostics: readonly Diagnostic[], check: ModelCheck): Diagnostic[] {
  const doc = check.doc;
  if (!doc) return [...diagnostics];
  const byPointer = new Map<string, string>();
  for (const issue of check.issues) if (!byPointer.has(pointerOf(issue.path))) byPointer.set(pointerOf(issue.path), issue.message);
  return diagnostics.map((diagnostic) => {
    const pointer = pointerAt(doc, diagnostic.from);
    const message = pointer === undefined ? undefined : byPointer.get(pointer);
    if (!message) return diagnostic;
    const { renderMessage: _html, ...rest } = diagnostic;
    return { ...rest, message };
  });
}
