import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { SiblingItem } from '@portico/contracts/cidr';
import type { IpControlType, PolicyItemFormValues, PolicyItemInput } from '@portico/contracts/ip-controls';
import { get, useFormContext, useFormState, useWatch, type FieldError } from 'react-hook-form';
import { addRow, checkRows, fillRows, removeRow, rowCounter, showRowError, updateRow } from '../utils/cidr-rows';

/**
 * The state of the policy item's rows: the rows themselves (the form's `cidrs`), their messages
 * as the person types, where focus goes (a new row, the first problem after a save, the row the
 * BFF refused) and the paste box.
 */
export function useCidrRows(type: IpControlType, otherItems: readonly SiblingItem[]) {
  const { control, setValue, clearErrors } = useFormContext<PolicyItemFormValues, unknown, PolicyItemInput>();
  const rows = useWatch({ control, name: 'cidrs' });
  const { errors, submitCount } = useFormState({ control, name: 'cidrs' });
  const [pasted, setPasted] = useState('');
  const [filled, setFilled] = useState<number | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const listErrorId = useId();

  useEffect(() => {
    if (focusRow === null) return;
    inputs.current[focusRow]?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const check = checkRows(rows, type, otherItems);
  // A save that did not go through: take the person to the first thing to fix.
  const focusFirstProblem = useEffectEvent(() => {
    const row = check.errors.findIndex(Boolean);
    if (row !== -1) inputs.current[row]?.focus();
    else if (check.listError) document.getElementById(listErrorId)?.focus();
  });
  useEffect(() => {
    if (submitCount > 0) focusFirstProblem();
  }, [submitCount]);
  // The BFF's `cidrs.N` messages arrive when the review hands back to the form: to that row.
  const serverRow = rows.findIndex((_, i) => (get(errors, `cidrs.${i}`) as FieldError | undefined)?.type === 'server');
  useEffect(() => {
    if (serverRow !== -1) inputs.current[serverRow]?.focus();
  }, [serverRow]);

  const counter = rowCounter(rows);
  const formErrors = errors.cidrs as (FieldError & { root?: FieldError }) | undefined;
  const submitted = submitCount > 0;

  /** Every change replaces the array; messages set by a submit belong to the old rows, so they go. */
  const setRows = (next: string[]) => {
    setValue('cidrs', next, { shouldDirty: true });
    clearErrors('cidrs');
  };
  const add = () => {
    setRows(addRow(rows));
    setFocusRow(rows.length);
  };

  return {
    rows,
    inputs,
    listErrorId,
    counter,
    full: rows.length >= counter.max,
    // The list's message: ours while typing, else what a submit or the BFF said about the whole list.
    listMessage: check.listError ?? formErrors?.root?.message ?? formErrors?.message,
    /** The message under row `index`: the contract's once it should show, else the form's. */
    messageOf: (index: number) => {
      const formError = (get(errors, `cidrs.${index}`) as FieldError | undefined)?.message;
      return showRowError(rows, index, submitted) ? (check.errors[index] ?? formError) : formError;
    },
    warningsOf: (index: number) => (check.errors[index] ? [] : (check.warnings[index] ?? [])),
    add,
    update: (index: number, value: string) => setRows(updateRow(rows, index, value)),
    remove: (index: number) => {
      setRows(removeRow(rows, index));
      setFocusRow(Math.max(0, Math.min(index, rows.length - 2)));
    },
    /** Enter moves on to the next row (adding one at the end) instead of submitting. */
    next: (index: number) => {
      if (index + 1 < rows.length) setFocusRow(index + 1);
      else if (rows.length < counter.max) add();
    },
    pasted,
    setPasted: (text: string) => {
      setPasted(text);
      setFilled(null);
    },
    /** How many rows the last Fill rows added (null before one, or after more typing). */
    filled,
    fill: () => {
      const result = fillRows(rows, pasted);
      setRows(result.rows);
      setPasted('');
      setFilled(result.added);
    },
  };
}

export type CidrRowsState = ReturnType<typeof useCidrRows>;
