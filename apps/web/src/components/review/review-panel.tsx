import type { ReactNode } from 'react';
import { Alert, Badge, Button, Group, List, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import classes from './review.module.css';

/** One row of the before/after table. */
export interface ReviewField {
  key: string;
  label: string;
  current: string;
  next: string;
  /** Unchanged rows are shown dimmed (they give context); absent means changed. */
  changed?: boolean;
}

export interface ReviewPanelProps {
  /** Field, Current and New of each attribute; none: no table. */
  fields?: readonly ReviewField[];
  /** The before/after table's accessible name. */
  fieldsLabel?: string;
  /** What only this resource shows: a JSON diff, entries added and removed, the APIs reached. */
  children?: ReactNode;
  /** The editor's warnings, repeated here so the last look shows them all (each once). */
  warnings?: readonly string[];
  error: unknown;
  /** What failed, e.g. "The changes were not saved". */
  errorTitle: string;
  /** Shown with the error, e.g. a way to the resource that exists by now. */
  errorAction?: ReactNode;
  saving: boolean;
  onBack: () => void;
  onConfirm: () => void;
  /** Nothing would change: confirming is pointless. */
  confirmDisabled?: boolean;
  /** For a removal: the buttons say what they do ("Keep it", "Remove policy") and Confirm is red. */
  backLabel?: string;
  confirmLabel?: string;
  destructive?: boolean;
}

function FieldsTable({ fields, label }: { fields: readonly ReviewField[]; label: string }) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing="xs" withTableBorder aria-label={label} className={classes.fields}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th className={classes.fieldColumn}>{t('components.review.field')}</Table.Th>
          <Table.Th>{t('components.review.current')}</Table.Th>
          <Table.Th>{t('components.review.new')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {fields.map((field) => {
          const changed = field.changed ?? true;
          return (
            <Table.Tr key={field.key} data-changed={changed} bg={changed ? 'var(--mantine-color-yellow-light)' : undefined} c={changed ? undefined : 'dimmed'}>
              <Table.Td fw={changed ? 600 : 400}>
                {/* The badge goes under the label when the column is narrow (390 px), never cut to "cha…". */}
                <Group gap={6} wrap="wrap">
                  {field.label}
                  {changed ? (
                    <Badge size="xs" color="yellow" variant="filled" miw="max-content">
                      {t('components.review.changed')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td className={classes.value} td={changed ? 'line-through' : undefined}>
                {field.current || '—'}
              </Table.Td>
              <Table.Td className={classes.value} fw={changed ? 600 : 400}>
                {field.next || '—'}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The last look before a save, the same for every resource: what changes (Field, Current, New),
 * what only this resource shows, the editor's warnings again, then Back to edit or Confirm.
 */
export function ReviewPanel({
  fields,
  fieldsLabel,
  children,
  warnings = [],
  error,
  errorTitle,
  errorAction,
  saving,
  onBack,
  onConfirm,
  confirmDisabled = false,
  backLabel,
  confirmLabel,
  destructive = false,
}: ReviewPanelProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {fields && fields.length > 0 ? <FieldsTable fields={fields} label={fieldsLabel ?? t('components.review.changes')} /> : null}
      {children}
      {warnings.length > 0 ? (
        <Alert color="yellow" variant="light" role="note" icon={<IconAlert />} title={t('components.review.warnings', { count: warnings.length })}>
          <List size="sm" spacing={2} aria-label={t('components.review.warningsList')}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {error ? (
        <ApiErrorAlert error={error} title={errorTitle} onRetry={onConfirm} retrying={saving}>
          {errorAction}
        </ApiErrorAlert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onBack} disabled={saving}>
          {backLabel ?? t('components.review.back')}
        </Button>
        <Button onClick={onConfirm} loading={saving} disabled={confirmDisabled} color={destructive ? 'red' : undefined}>
          {confirmLabel ?? t('components.review.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
