import { useState } from 'react';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { ReportDirty } from '@/components/form/report-dirty';
import { Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { CreateVpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { Link } from 'react-router';
import { Form } from '@/components/form/form';
import { NumberField, TextareaField, TextField } from '@/components/form/fields';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { isApiError } from '@/lib/api-client';
import { useCreateVpcAuthorization, type CreatedVpcAuthorization } from '../api/create-vpc-authorization';

const FORM_ID = 'create-vpc-authorization';

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
      aria-label="Create VPC authorization"
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
          {formError ? <ApiErrorAlert error={formError} title="The authorization was not created" onRetry={() => resubmit(FORM_ID)} retrying={create.isPending} /> : null}
          <TextField name="name" label="Name" required autoFocus description="Identifies the authorization; it cannot be changed later." />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextField name="vpcId" label="VPC ID" required placeholder="vpc-uf657qec7lx42paw3qxxx" />
            <TextField name="instanceId" label="Instance ID" required placeholder="i-uf6bzcg1pr4oh5jjmxxx" description="An ECS or SLB instance in the VPC." />
            <NumberField name="port" label="Port" required placeholder="80" />
            <TextField
              name="vpcTargetHostName"
              label="Target host name"
              placeholder="api.internal.example.com"
              description="Optional. Sent as the Host header to the backend."
            />
          </SimpleGrid>
          <TextareaField name="description" label="Description" />
          <Group gap="sm">
            <Button type="submit" loading={form.formState.isSubmitting}>
              Save
            </Button>
            <Button component={Link} to={cancelTo} variant="default">
              Cancel
            </Button>
          </Group>
        </Stack>
      )}
    </Form>
  );
}
