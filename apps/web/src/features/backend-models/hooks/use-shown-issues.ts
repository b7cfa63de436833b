import { useCallback, useState } from 'react';
import type { ModelIssue } from '../utils/model-issues';

const keyOf = (path: readonly (string | number)[]) => path.join('.');

/**
 * Which of the model's findings the person sees: a field's once they have touched it, all of them
 * once they typed in the JSON, copied a model or asked to review. A new model starts with empty
 * required fields; saying "required" in red before anyone typed reads as a refusal.
 */
export function useShownIssues() {
  const [revealed, setRevealed] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = useCallback((path: readonly (string | number)[]) => {
    setTouched((before) => (before.has(keyOf(path)) ? before : new Set([...before, keyOf(path)])));
  }, []);
  const reveal = useCallback(() => setRevealed(true), []);
  const isShown = useCallback((issue: Pick<ModelIssue, 'path'>) => revealed || touched.has(keyOf(issue.path)), [revealed, touched]);
  return { revealed, touched, touch, reveal, isShown };
}
