import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { ReportDirty } from '@/components/form/report-dirty';
import { useState } from 'react';
import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ModifyVpcAuthorization, type ModifyVpcAuthorizationInput, type VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { Form, type FormMethods } from '@/components/form/form';
import { NumberField, SwitchField, TextField } from '@/components/form/fields';
import { applyServerFieldErrors } from '@/components/form/server-errors';
import { IconAlert } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { newClientToken } from '@/lib/client-token';
import { useModifyVpcAuthorization, type ModifiedVpcAuthorization } from '../api/modify-vpc-authorization';
import { editDefaults } from '../utils/changes';
import { ReviewChangesModal } from './review-changes-modal';

type Methods = FormMethods<ModifyVpcAuthorizationInput, ModifyVpcAuthorization>;

interface Review {
  /** The authorization as it was when the review opened: the diff stays put while saving. */
  current: VpcAuthorization;
  values: ModifyVpcAuthorization;
  /** One token per save attempt: a Retry of the same attempt is applied once by the cloud. */
  clientToken: string;
  form: Methods;
}

interface Props {
  authorization: VpcAuthorization;
  boundApis: PublishedApi[];
  cancelTo: string;
  onSaved: (result: ModifiedVpcAuthorization, values: ModifyVpcAuthorization) => void;
}

/** The NeedBatchWork warning of the seed page, shown while the switch is off. */
function BatchWorkWarning() {
  const needBatchWork = useWatch<ModifyVpcAuthorizationInput, 'needBatchWork'>({ name: 'needBatchWork' });
  if (needBatchWork !== false) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlert />} title="Bound APIs will not be updated" role="alert">
      Without NeedBatchWork the change is not synchronized to the backend service of the published APIs bound to this authorization: they keep calling the old VPC settings.
      Turn it on to update them.
    </Alert>
  );
}

/** Sends '' for a cleared host name, but nothing when there was none and still is none. */
function bodyFor(values: ModifyVpcAuthorization, current: VpcAuthorization, clientToken: string): ModifyVpcAuthorization {
  const hostName = values.vpcTargetHostName === '' && !current.vpcTargetHostName ? undefined : values.vpcTargetHostName;
  return { ...values, vpcTargetHostName: hostName, clientToken };
}

/** ModifyVpcAccessAndUpdateApis: edit, review the difference, confirm. */
export function EditVpcAuthorizationForm({ authorization, boundApis, cancelTo, onSaved }: Props) {
  const [review, setReview] = useState<Review | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const modify = useModifyVpcAuthorization();
  const [dirty, setDirty] = useState(false);
  const { release } = useUnsavedChangesGuard(dirty);

  const confirm = () => {
    if (!review) return;
    const body = bodyFor(review.values, review.current, review.clientToken);
    modify.mutate(
      { name: authorization.name, body },
      {
        onSuccess: (result) => {
          release();
          setReviewOpen(false);
          onSaved(result, review.values);
        },
        onError: (error) => {
          // Field messages belong at the fields: back to the form with them set.
          if (isApiError(error) && error.fields) {
            setReviewOpen(false);
            applyServerFieldErrors(review.form, error.fields);
          }
        },
      },
    );
  };

  const modalError = modify.error && !(isApiError(modify.error) && modify.error.fields) ? modify.error : null;

  return (
    <>
      <Form
        schema={ModifyVpcAuthorization}
        aria-label="Edit VPC authorization"
        defaultValues={editDefaults(authorization)}
        onSubmit={(values, form) => {
          modify.reset();
          setReview({ current: authorization, values, clientToken: newClientToken(), form });
          setReviewOpen(true);
        }}
      >
        {(form) => (
          <Stack gap="md" maw={760}>
            <ReportDirty onChange={setDirty} />
            {modify.error && isApiError(modify.error) && modify.error.fields ? (
              <Alert color="red" variant="light" title="The changes were not saved">
                Some values were rejected; see the messages at the fields.
              </Alert>
            ) : null}
            <TextInput label="Name" value={authorization.name} readOnly variant="filled" description="The name identifies the authorization and cannot be changed." />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextField name="vpcId" label="VPC ID" required />
              <TextField name="instanceId" label="Instance ID" required />
              <NumberField name="port" label="Port" required />
              <TextField name="vpcTargetHostName" label="Target host name" description="Optional. Sent as the Host header to the backend." />
            </SimpleGrid>

            <Fieldset legend="Options" radius="md">
              <Stack gap="md">
                <SwitchField
                  name="needBatchWork"
                  label="Update bound APIs (NeedBatchWork)"
                  description="Re-syncs the backend of every published API bound to this authorization. The update runs in the background; you can follow it API by API."
                />
                <BatchWorkWarning />
                <SwitchField name="refresh" label="Refresh" description="Re-authorizes the instance: use it when the instance ID changed but its IP address did not." />
              </Stack>
            </Fieldset>

            <Group gap="sm">
              <Button type="submit" loading={form.formState.isSubmitting}>
                Review changes
              </Button>
              <Button component={Link} to={cancelTo} variant="default">
                Cancel
              </Button>
            </Group>
          </Stack>
        )}
      </Form>
      <ReviewChangesModal
        opened={reviewOpen}
        onClose={() => setReviewOpen(false)}
        onConfirm={confirm}
        saving={modify.isPending}
        error={modalError}
        current={review?.current ?? authorization}
        next={review?.values ?? null}
        boundApis={boundApis}
      />
    </>
  );
}
