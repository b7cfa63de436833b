import { useCallback, useEffect, useRef, useState } from 'react';
import type { UpdateEndpointService, UpdateEndpointServiceInput } from '@portico/contracts/endpoint-services';
import { useTranslation } from 'react-i18next';
import { get, useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { addRow, appendRows, isBlankRow, isSorted, removeRow, sortRows, updateCell, type PortField, type PortRow } from '../utils/port-rows';

export const cellKey = (index: number, field: PortField) => `${index}:${field}`;

/**
 * The port mapping editor's state: the rows live in the form (`ports`); this hook owns what
 * goes with editing them — where focus goes next, what a screen reader is told, and the
 * messages a submit or the BFF set on cells (cleared by the next change, which makes new rows).
 */
export function usePortMappingEditor(rowCount: number) {
  const { t } = useTranslation();
  const { control, setValue, getValues, clearErrors } = useFormContext<UpdateEndpointServiceInput, unknown, UpdateEndpointService>();
  const { errors } = useFormState({ control, name: 'ports' });
  // Clearing errors that are not there would still re-render every field of the form.
  const hasErrors = useRef(false);
  hasErrors.current = errors.ports !== undefined;
  const [announcement, setAnnouncement] = useState('');
  const [focusCell, setFocusCell] = useState<string | null>(null);
  const inputs = useRef(new Map<string, HTMLInputElement>());

  const registerInput = useCallback((key: string, element: HTMLInputElement | null) => {
    if (element) inputs.current.set(key, element);
    else inputs.current.delete(key);
  }, []);

  useEffect(() => {
    if (focusCell === null) return;
    inputs.current.get(focusCell)?.focus();
    setFocusCell(null);
  }, [focusCell]);

  const setRows = useCallback(
    (next: PortRow[]) => {
      setValue('ports', next, { shouldDirty: true });
      if (hasErrors.current) clearErrors('ports');
    },
    [setValue, clearErrors],
  );
  const current = useCallback((): PortRow[] => getValues('ports') ?? [], [getValues]);

  const onCell = useCallback((index: number, field: PortField, value: number) => setRows(updateCell(current(), index, field, value)), [setRows, current]);

  const add = useCallback(() => {
    const rowsNow = current();
    setRows(addRow(rowsNow));
    setFocusCell(cellKey(rowsNow.length, 'clientPort'));
    setAnnouncement(t('endpointServices.editor.added', { row: rowsNow.length + 1 }));
  }, [setRows, current, t]);

  const onRemove = useCallback(
    (index: number) => {
      const rowsNow = current();
      setRows(removeRow(rowsNow, index));
      // Focus goes to the row that took its place, or the one before when it was the last.
      const next = Math.min(index, rowsNow.length - 2);
      if (next >= 0) setFocusCell(cellKey(next, 'clientPort'));
      setAnnouncement(t('endpointServices.editor.removed', { row: index + 1 }));
    },
    [setRows, current, t],
  );

  const onEnter = useCallback(
    (index: number, field: PortField) => {
      if (field === 'clientPort') setFocusCell(cellKey(index, 'serverPort'));
      else if (index + 1 < current().length) setFocusCell(cellKey(index + 1, 'clientPort'));
      else add();
    },
    [current, add],
  );

  const sort = () => {
    const rowsNow = current();
    if (isSorted(rowsNow)) {
      setAnnouncement(t('endpointServices.editor.alreadySorted'));
      return;
    }
    setRows(sortRows(rowsNow));
    setAnnouncement(t('endpointServices.editor.sorted'));
  };

  const bulkAdd = useCallback(
    (added: PortRow[], what: string) => {
      const kept = current().filter((row) => !isBlankRow(row)).length;
      setRows(appendRows(current(), added));
      setAnnouncement(t('endpointServices.editor.bulkAdded', { what, first: kept + 1, last: kept + added.length }));
    },
    [setRows, current, t],
  );

  // The BFF's messages arrive when the review hands back to the form: to the first such cell.
  const formMessage = (index: number, field: PortField) => (get(errors, `ports.${index}.${field}`) as FieldError | undefined)?.message;
  const serverCell = Array.from({ length: rowCount }, (_, i) => i)
    .flatMap((i) =>
      (['clientPort', 'serverPort'] as const)
        .filter((field) => (get(errors, `ports.${i}.${field}`) as FieldError | undefined)?.type === 'server')
        .map((field) => cellKey(i, field)),
    )
    .at(0);
  useEffect(() => {
    if (serverCell) inputs.current.get(serverCell)?.focus();
  }, [serverCell]);

  const formErrors = errors.ports as (FieldError & { root?: FieldError }) | undefined;
  return {
    announcement,
    registerInput,
    onCell,
    add,
    onRemove,
    onEnter,
    sort,
    bulkAdd,
    formMessage,
    /** A message the form holds for the whole list (the BFF's `ports`). */
    formListMessage: formErrors?.root?.message ?? formErrors?.message,
  };
}
