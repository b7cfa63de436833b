import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IpControlAttributesInput, type IpControl } from '@portico/contracts/ip-controls';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { Form } from '@/components/form/form';
import { TextareaField, TextField } from '@/components/form/fields';
import { RadioGroupField } from '@/components/form/radio-group-field';
import { ReportDirty } from '@/components/form/report-dirty';
import { IconAlert } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { plural } from '@/lib/format';
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

const TYPE_OPTIONS = [
  { value: 'ALLOW', label: 'ALLOW (allow list)', description: typeMeaning.ALLOW },
  { value: 'REFUSE', label: 'REFUSE (deny list)', description: typeMeaning.REFUSE },
] as const;

function ReviewTable({ before, after }: { before: Values | null; after: Values }) {
  const rows: [string, string, string][] = [
    ['Name', before?.name ?? '', after.name],
    ['Type', before?.type ?? '', after.type],
    ['Description', before?.description ?? '', after.description],
  ];
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table aria-label="What is saved" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Field</Table.Th>
            {before ? <Table.Th>Now</Table.Th> : null}
            <Table.Th>{before ? 'New' : 'Value'}</Table.Th>
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
  const title = ipControl ? (review ? 'Review the rename' : 'Rename list') : review ? 'Review the new list' : 'New IP access control list';

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <div hidden={review !== null}>
        <Form
          schema={IpControlAttributesInput}
          aria-label="List attributes"
          defaultValues={before ?? { name: '', type: 'ALLOW', description: '' }}
          onSubmit={(values) => {
            save.reset();
            setReview(values);
          }}
        >
          <Stack gap="md">
            <ReportDirty onChange={setDirty} />
            <TextField name="name" label="Name" description="4 to 50 letters, Chinese characters, digits or underscores; not starting with an underscore." />
            {ipControl ? null : <RadioGroupField name="type" label="Type" options={TYPE_OPTIONS} description="It cannot be changed later." />}
            <TextareaField name="description" label="Description" description="Optional, up to 200 characters." />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit">Review</Button>
            </Group>
          </Stack>
        </Form>
      </div>
      {review ? (
        <Stack gap="md">
          <ReviewTable before={before} after={review} />
          {ipControl && !unchanged ? (
            <Alert color="blue" variant="light" role="note" icon={<IconAlert />}>
              <Text size="sm">The addresses and the {plural(boundApiCount, 'API')} it guards stay as they are; only how the list is named changes.</Text>
            </Alert>
          ) : null}
          {!ipControl ? (
            <Text size="sm" c="dimmed">
              A new list guards nothing until you add policy items and choose the APIs it guards.
            </Text>
          ) : null}
          {unchanged ? <Text size="sm">Nothing changes. Go back to edit the name or the description.</Text> : null}
          {save.error && !(isApiError(save.error) && save.error.fields) ? (
            <ApiErrorAlert error={save.error} title="The list was not saved" onRetry={confirm} retrying={save.isPending} />
          ) : null}
          {save.error && isApiError(save.error) && save.error.fields ? (
            <Alert color="red" variant="light" title="The list was not saved">
              {Object.entries(save.error.fields)
                .map(([field, message]) => `${field}: ${message}`)
                .join('; ')}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setReview(null)} disabled={save.isPending}>
              Back to edit
            </Button>
            <Button onClick={confirm} loading={save.isPending} disabled={unchanged}>
              {ipControl ? 'Confirm and rename' : 'Confirm and create'}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
