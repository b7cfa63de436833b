import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IpControlAttributesInput, type IpControl } from '@portico/contracts/ip-controls';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { Form } from '@/components/form/form';
import { TextareaField, TextField } from '@/components/form/fields';
import { RadioGroupField } from '@/components/form/radio-group-field';
import { ReportDirty } from '@/components/form/report-dirty';
import { IconAlert } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { useCreateIpControl, useModifyIpControl } from '../api/manage-ip-control';
import { typeMeaning } from './ip-control-type-badge';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The list to rename; null creates a new one. */
  ipControl: IpControl | null;
  /** APIs the list guards now: a rename shows everywhere they are listed. */
  boundApiCount?: number;
  onSaved: (ipControl: IpControl) => void;
}

type Values = IpControlAttributesInput;

function ReviewTable({ before, after }: { before: Values | null; after: Values }) {
  const { t } = useTranslation();
  const rows: [string, string, string][] = [
    [t('ipControls.fields.name'), before?.name ?? '', after.name],
    [t('ipControls.fields.type'), before?.type ?? '', after.type],
    [t('ipControls.fields.description'), before?.description ?? '', after.description],
  ];
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table aria-label={t('ipControls.form.whatIsSaved')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('components.review.field')}</Table.Th>
            {before ? <Table.Th>{t('components.review.current')}</Table.Th> : null}
            <Table.Th>{before ? t('components.review.new') : t('ipControls.form.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([field, was, now]) => (
            <Table.Tr key={field} fw={before && was !== now ? 600 : undefined}>
              <Table.Td>{field}</Table.Td>
              {before ? <Table.Td style={{ overflowWrap: 'anywhere' }}>{was || '—'}</Table.Td> : null}
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{now || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** CreateIpControl or ModifyIpControl (name and description; the type cannot change): edit, review, confirm. */
export function IpControlFormModal({ opened, onClose, ipControl, boundApiCount = 0, onSaved }: Props) {
  const { t } = useTranslation();
  const typeOptions = (['ALLOW', 'REFUSE'] as const).map((value) => ({
    value,
    label: value === 'ALLOW' ? t('ipControls.form.typeALLOW') : t('ipControls.form.typeREFUSE'),
    description: typeMeaning(t, value),
  }));
  const [review, setReview] = useState<Values | null>(null);
  const [dirty, setDirty] = useState(false);
  const { confirmDiscard, release } = useUnsavedChangesGuard(opened && (dirty || review !== null));
  const create = useCreateIpControl();
  const modify = useModifyIpControl();
  const save = ipControl ? modify : create;
  const before: Values | null = ipControl ? { name: ipControl.name, type: ipControl.type, description: ipControl.description ?? '' } : null;

  const close = () => {
    if (save.isPending || !confirmDiscard()) return;
    setReview(null);
    setDirty(false);
    save.reset();
    onClose();
  };
  const confirm = () => {
    if (!review) return;
    const done = (saved: IpControl) => {
      release();
      setReview(null);
      setDirty(false);
      onSaved(saved);
    };
    if (ipControl) modify.mutate({ id: ipControl.id, body: { name: review.name, description: review.description } }, { onSuccess: (r) => done(r.ipControl) });
    else create.mutate({ name: review.name, type: review.type, ...(review.description ? { description: review.description } : {}) }, { onSuccess: (r) => done(r.ipControl) });
  };
  const unchanged = before !== null && review !== null && before.name === review.name && before.description === review.description;
  const title = ipControl ? (review ? t('ipControls.form.reviewRename') : t('ipControls.form.rename')) : review ? t('ipControls.form.reviewNew') : t('ipControls.form.new');

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('ipControls.close') }}>
      <div hidden={review !== null}>
        <Form
          schema={IpControlAttributesInput}
          aria-label={t('ipControls.form.attributes')}
          defaultValues={before ?? { name: '', type: 'ALLOW', description: '' }}
          onSubmit={(values) => {
            save.reset();
            setReview(values);
          }}
        >
          <Stack gap="md">
            <ReportDirty onChange={setDirty} />
            <TextField name="name" label={t('ipControls.fields.name')} description={t('ipControls.form.nameHint')} />
            {ipControl ? null : <RadioGroupField name="type" label={t('ipControls.fields.type')} options={typeOptions} description={t('ipControls.form.typeHint')} />}
            <TextareaField name="description" label={t('ipControls.fields.description')} description={t('ipControls.form.descriptionHint')} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('ipControls.cancel')}
              </Button>
              <Button type="submit">{t('ipControls.form.review')}</Button>
            </Group>
          </Stack>
        </Form>
      </div>
      {review ? (
        <Stack gap="md">
          <ReviewTable before={before} after={review} />
          {ipControl && !unchanged ? (
            <Alert color="blue" variant="light" role="note" icon={<IconAlert />}>
              <Text size="sm">{t('ipControls.form.renameNote', { count: boundApiCount })}</Text>
            </Alert>
          ) : null}
          {!ipControl ? (
            <Text size="sm" c="dimmed">
              {t('ipControls.form.newNote')}
            </Text>
          ) : null}
          {unchanged ? <Text size="sm">{t('ipControls.form.unchanged')}</Text> : null}
          {save.error && !(isApiError(save.error) && save.error.fields) ? (
            <ApiErrorAlert error={save.error} title={t('ipControls.form.notSaved')} onRetry={confirm} retrying={save.isPending} />
          ) : null}
          {save.error && isApiError(save.error) && save.error.fields ? (
            <Alert color="red" variant="light" title={t('ipControls.form.notSaved')}>
              {Object.entries(save.error.fields)
                .map(([field, message]) => `${field}: ${message}`)
                .join('; ')}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setReview(null)} disabled={save.isPending}>
              {t('components.review.back')}
            </Button>
            <Button onClick={confirm} loading={save.isPending} disabled={unchanged}>
              {ipControl ? t('ipControls.form.confirmRename') : t('ipControls.form.confirmCreate')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
