import { useEffect } from 'react';
import { useFormState } from 'react-hook-form';

/** Tells the editor around a form whether it holds unsaved changes (for the unsaved-changes guard). */
export function ReportDirty({ onChange }: { onChange: (dirty: boolean) => void }) {
  const { isDirty } = useFormState();
  useEffect(() => onChange(isDirty), [isDirty, onChange]);
  return null;
}
