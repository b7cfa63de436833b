import { useState } from 'react';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { ReportDirty } from '@/components/form/report-dirty';
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { CreateVpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Form } from '@/components/form/form';
import { NumberField, TextareaField, TextField } from '@/components/form/fields';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';
import { useCreateVpcAuthorization, type CreatedVpcAuthorization } from '../api/create-vpc-authorization';

const FORM_ID = 'create-vpc-authorization';

/** Examples in the cloud's own format: ids and host names read the same in every language. */
const EXAMPLES = { vpcId: 'vpc-uf657qec7lx42paw3qxxx', instanceId: 'i-uf6bzcg1pr4oh5jjmxxx', hostName: 'api.internal.example.com' } as const;

function resubmit(formId: string) {
  const form = document.getElementById(formId);
  if (form instanceof HTMLFormElement) form.requestSubmit();
}

interface Props {
  onCreated: (created: CreatedVpcAuthorization) => void;
  cancelTo: string;
}

/** SetVpcAccess: authorizes API Gateway to reach one port of one instance in a VPC. */
export function CreateVpcAuthorizationForm({ onCreated, cancelTo }: Props) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const { release } = useUnsavedChangesGuard(dirty);
  const create = useCreateVpcAuthorization({
    onSuccess: (created) => {
      release();
      onCreated(created);
    },
  });
  // Field messages are shown at the fields; everything else above the form.
  const formError = create.error && !(isApiError(create.error) && create.error.fields) ? create.error : null;

  return (
    <Form
      schema={CreateVpcAuthorization}
      id={FORM_ID}
      aria-label={t('vpcAuthorizations.create.title')}
      defaultValues={{ name: '', vpcId: '', instanceId: '', port: '', vpcTargetHostName: '', description: '' }}
      onSubmit={(values) =>
        create.mutateAsync({
          ...values,
          vpcTargetHostName: values.vpcTargetHostName || undefined,
          description: values.description || undefined,
        })
      }
    >
      {(form) => (
        <Stack gap="md" maw={760}>
          <ReportDirty onChange={setDirty} />
          {formError ? <ApiErrorAlert error={formError} title={t('vpcAuthorizations.create.failed')} onRetry={() => resubmit(FORM_ID)} retrying={create.isPending} /> : null}
          <TextField name="name" label={t('vpcAuthorizations.fields.name')} required autoFocus description={t('vpcAuthorizations.create.nameHint')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextField name="vpcId" label={t('vpcAuthorizations.fields.vpcId')} required placeholder={EXAMPLES.vpcId} />
            <TextField
              name="instanceId"
              label={t('vpcAuthorizations.fields.instanceId')}
              required
              placeholder={EXAMPLES.instanceId}
              description={t('vpcAuthorizations.create.instanceHint')}
            />
            <NumberField name="port" label={t('vpcAuthorizations.fields.port')} required placeholder="80" />
            <TextField
              name="vpcTargetHostName"
              label={t('vpcAuthorizations.fields.vpcTargetHostName')}
              placeholder={EXAMPLES.hostName}
              description={t('vpcAuthorizations.hostNameHint')}
            />
          </SimpleGrid>
          <TextareaField name="description" label={t('vpcAuthorizations.fields.description')} description={t('vpcAuthorizations.optional')} />
          <Group gap="sm">
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('vpcAuthorizations.create.save')}
            </Button>
            <Button component={Link} to={cancelTo} variant="default">
              {t('vpcAuthorizations.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Form>
  );
}
