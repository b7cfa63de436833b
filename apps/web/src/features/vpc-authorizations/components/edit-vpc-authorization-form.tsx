import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { ReportDirty } from '@/components/form/report-dirty';
import { useState } from 'react';
import { Alert, Button, Fieldset, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ModifyVpcAuthorization, type ModifyVpcAuthorizationInput, type VpcAuthorization } from '@portico/contracts/vpc-authorizations';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const needBatchWork = useWatch<ModifyVpcAuthorizationInput, 'needBatchWork'>({ name: 'needBatchWork' });
  if (needBatchWork !== false) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlert />} title={t('vpcAuthorizations.edit.batchWarningTitle')} role="alert">
      {t('vpcAuthorizations.edit.batchWarning')}
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
  const { t } = useTranslation();
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
        aria-label={t('vpcAuthorizations.edit.form')}
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
              <Alert color="red" variant="light" title={t('vpcAuthorizations.review.notSaved')}>
                {t('vpcAuthorizations.edit.fieldsRejected')}
              </Alert>
            ) : null}
            <TextInput label={t('vpcAuthorizations.fields.name')} value={authorization.name} readOnly variant="filled" description={t('vpcAuthorizations.edit.nameFixed')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextField name="vpcId" label={t('vpcAuthorizations.fields.vpcId')} required />
              <TextField name="instanceId" label={t('vpcAuthorizations.fields.instanceId')} required />
              <NumberField name="port" label={t('vpcAuthorizations.fields.port')} required />
              <TextField name="vpcTargetHostName" label={t('vpcAuthorizations.fields.vpcTargetHostName')} description={t('vpcAuthorizations.hostNameHint')} />
            </SimpleGrid>

            <Fieldset legend={t('vpcAuthorizations.edit.options')} radius="md">
              <Stack gap="md">
                <SwitchField name="needBatchWork" label={t('vpcAuthorizations.edit.needBatchWork')} description={t('vpcAuthorizations.edit.needBatchWorkHint')} />
                <BatchWorkWarning />
                <SwitchField name="refresh" label={t('vpcAuthorizations.edit.refresh')} description={t('vpcAuthorizations.edit.refreshHint')} />
              </Stack>
            </Fieldset>

            <Group gap="sm">
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t('vpcAuthorizations.edit.review')}
              </Button>
              <Button component={Link} to={cancelTo} variant="default">
                {t('vpcAuthorizations.cancel')}
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
