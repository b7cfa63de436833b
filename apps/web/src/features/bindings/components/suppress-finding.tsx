import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CreateSuppression, type Finding } from '@portico/contracts/bindings';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { TextareaField, TextField, useFieldError } from '@/components/form/fields';
import { Form } from '@/components/form/form';
import { isApiError } from '@/lib/api-client';
import { useCreateSuppression } from '../api/suppressions';

const DAY = 24 * 3600_000;
/** `YYYY-MM-DD` of a date, in the reader's own time zone (what a date input shows). */
const dateOnly = (at: Date) => `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;

/** A date input for an ISO date-time: the suppression lasts until the end of the day picked, local time. */
function ExpiryField({ label, description }: { label: string; description: string }) {
  const { control } = useFormContext<CreateSuppression>();
  const error = useFieldError('expiresAt', label);
  return (
    <Controller
      name="expiresAt"
      control={control}
      render={({ field }) => (
        <TextInput
          type="date"
          label={label}
          description={description}
          error={error}
          min={dateOnly(new Date(Date.now() + DAY))}
          value={field.value ? dateOnly(new Date(field.value)) : ''}
          onChange={(event) => field.onChange(event.currentTarget.value ? new Date(`${event.currentTarget.value}T23:59:59`).toISOString() : '')}
          onBlur={field.onBlur}
          ref={field.ref}
          name={field.name}
        />
      )}
    />
  );
}

interface Props {
  finding: Finding | undefined;
  onClose: () => void;
}

/** Accepts a finding for a while: who owns the risk, why, until when. The BFF audits it. */
export function SuppressFindingModal({ finding, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateSuppression();
  const close = () => {
    create.reset();
    onClose();
  };
  return (
    <Modal opened={finding !== undefined} onClose={create.isPending ? () => undefined : close} title={t('bindings.suppress.title')} size="lg">
      {finding ? (
        <Form
          schema={CreateSuppression}
          aria-label={t('bindings.suppress.title')}
          defaultValues={{ kind: finding.kind, subject: finding.subject, owner: '', reason: '', expiresAt: new Date(Date.now() + 30 * DAY).toISOString() }}
          onSubmit={async (values) => {
            await create.mutateAsync(values);
            close();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('bindings.suppress.about', { name: finding.subjectName, finding: t(`bindings.findingKinds.${finding.kind}`) })}</Text>
            <TextField name="owner" label={t('bindings.suppress.owner')} description={t('bindings.suppress.ownerHint')} required />
            <TextareaField name="reason" label={t('bindings.suppress.reason')} description={t('bindings.suppress.reasonHint')} required />
            <ExpiryField label={t('bindings.suppress.expires')} description={t('bindings.suppress.expiresHint')} />
            {create.isError && !(isApiError(create.error) && create.error.fields) ? <ApiErrorAlert error={create.error} title={t('bindings.suppress.failed')} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={create.isPending}>
                {t('bindings.suppress.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('bindings.suppress.submit')}
              </Button>
            </Group>
          </Stack>
        </Form>
      ) : null}
    </Modal>
  );
}
