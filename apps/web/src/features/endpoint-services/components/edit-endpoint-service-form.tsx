import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { ReportDirty } from '@/components/form/report-dirty';
import { useId, useMemo, useState } from 'react';
import { Alert, Button, Code, Fieldset, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TcpProxy, UpdateEndpointService, type EndpointServiceDetail, type UpdateEndpointServiceInput } from '@portico/contracts/endpoint-services';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { Form, type FormMethods } from '@/components/form/form';
import { SwitchField, TextareaField, TextField } from '@/components/form/fields';
import { RadioGroupField } from '@/components/form/radio-group-field';
import { applyServerFieldErrors } from '@/components/form/server-errors';
import { IconAlert } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { useUpdateEndpointService, type UpdatedEndpointService } from '../api/update-endpoint-service';
import { approvalMeaning, editDefaults, serviceChanges, tcpProxyMeaningOf, type ServiceChanges } from '../utils/changes';
import { i18n } from '@/lib/i18n/i18n';
import { checkRows, mappingCounter, type RowsCheck, type SharingServices } from '../utils/port-rows';
import { PortMappingEditor } from './port-mapping-editor';
import { ReviewChangesModal } from './review-changes-modal';

type Methods = FormMethods<UpdateEndpointServiceInput, UpdateEndpointService>;

interface Review {
  changes: ServiceChanges;
  form: Methods;
}

interface Props {
  detail: EndpointServiceDetail;
  cancelTo: string;
  onSaved: (result: UpdatedEndpointService, changes: ServiceChanges) => void;
}

const tcpProxyOptions = () =>
  TcpProxy.options.map((value) => ({
    value,
    label: (
      <>
        {tcpProxyMeaningOf(value)} <Code>{value}</Code>
      </>
    ),
  }));

/** What the approval switch means right now, in words. */
function ApprovalMeaning() {
  const enabled = useWatch<UpdateEndpointServiceInput, 'approvalEnabled'>({ name: 'approvalEnabled' });
  const { t } = useTranslation();
  return <>{t('endpointServices.form.sentence', { text: approvalMeaning(enabled === true) })}</>;
}

/** Why Review changes is off: the first thing to fix in the mappings. */
function blockedReason(check: RowsCheck, counter: ReturnType<typeof mappingCounter>): string | undefined {
  if (check.valid) return undefined;
  const parts: string[] = [];
  const { over, max, count } = counter;
  if (over) parts.push(i18n.t('endpointServices.form.blockedRemove', { count: count - max, max }));
  if (check.problemRows.length > 0) {
    const first = (check.problemRows[0] ?? 0) + 1;
    parts.push(i18n.t('endpointServices.form.blockedFix', { count: check.problemRows.length, first }));
  }
  return i18n.t('endpointServices.form.blocked', { what: parts.join(i18n.t('endpointServices.form.and')) });
}

/**
 * The mappings and the buttons, which follow them. Only this part watches `ports`: the other
 * fields (an autosizing textarea measures itself on every render) stay put while people type.
 */
function PortsAndActions({ sharing, cancelTo }: { sharing: SharingServices; cancelTo: string }) {
  const { t } = useTranslation();
  const watched = useWatch<UpdateEndpointServiceInput, 'ports'>({ name: 'ports' });
  const rows = useMemo(() => watched ?? [], [watched]);
  const check = useMemo(() => checkRows(rows, sharing), [rows, sharing]);
  const reason = blockedReason(check, mappingCounter(rows));
  const reasonId = useId();

  return (
    <>
      <Fieldset legend={t('endpointServices.portMappings')} radius="md">
        <PortMappingEditor rows={rows} check={check} />
      </Fieldset>
      {/* Stays in view below a long table of mappings. */}
      <Group gap="sm" align="center" className="portico-form-actions">
        <Button type="submit" disabled={!check.valid} aria-describedby={reason ? reasonId : undefined}>
          {t('endpointServices.form.review')}
        </Button>
        <Button component={Link} to={cancelTo} variant="default">
          {t('endpointServices.cancel')}
        </Button>
        {reason ? (
          <Text id={reasonId} size="sm" c="red">
            <IconAlert size={14} style={{ verticalAlign: '-2px', marginRight: 4 }} />
            {reason}
          </Text>
        ) : null}
      </Group>
    </>
  );
}

function EditFields({ sharing, cancelTo, rejected }: { sharing: SharingServices; cancelTo: string; rejected: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {rejected ? (
        <Alert color="red" variant="light" title={t('endpointServices.form.notSaved')}>
          {t('endpointServices.form.rejected')}
        </Alert>
      ) : null}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <TextField name="serviceName" label={t('endpointServices.attributes.serviceName')} description={t('endpointServices.form.nameHint')} />
            <TextareaField name="description" label={t('endpointServices.attributes.description')} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Fieldset legend={t('endpointServices.connections.title')} radius="md">
            <Stack gap="lg">
              <SwitchField name="approvalEnabled" label={t('endpointServices.attributes.approval')} description={<ApprovalMeaning />} />
              <RadioGroupField
                name="tcpProxy"
                label={t('endpointServices.attributes.tcpProxy')}
                description={t('endpointServices.form.tcpProxyHint')}
                options={tcpProxyOptions()}
              />
            </Stack>
          </Fieldset>
        </Grid.Col>
      </Grid>
      <PortsAndActions sharing={sharing} cancelTo={cancelTo} />
    </Stack>
  );
}

/**
 * PUT of an endpoint service: edit, review what changes (the mappings as a diff), confirm.
 * Only changed fields are sent.
 */
export function EditEndpointServiceForm({ detail, cancelTo, onSaved }: Props) {
  const { t } = useTranslation();
  const { service, sharingPortId, connections } = detail;
  const [review, setReview] = useState<Review | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [returnFocus, setReturnFocus] = useState(true);
  const update = useUpdateEndpointService();
  const [dirty, setDirty] = useState(false);
  const { release } = useUnsavedChangesGuard(dirty);
  const defaults = useMemo(() => editDefaults(service), [service]);

  const confirm = () => {
    if (!review || !review.changes.changed) return;
    update.mutate(
      { id: service.id, body: review.changes.body },
      {
        onSuccess: (result) => {
          release();
          setReviewOpen(false);
          onSaved(result, review.changes);
        },
        onError: (error) => {
          // Field messages belong at the fields and cells: back to the form with them set.
          if (isApiError(error) && error.fields) {
            setReturnFocus(false);
            setReviewOpen(false);
            applyServerFieldErrors(review.form, error.fields);
          }
        },
      },
    );
  };

  const rejected = Boolean(update.error && isApiError(update.error) && update.error.fields);
  const modalError = update.error && !rejected ? update.error : null;

  return (
    <>
      <Form
        schema={UpdateEndpointService}
        aria-label={t('endpointServices.form.label')}
        defaultValues={defaults}
        onSubmit={(values, form) => {
          // The rule that needs the other services is not in the schema: the editor checks it.
          if (!checkRows(values.ports ?? [], sharingPortId).valid) return;
          update.reset();
          setReturnFocus(true);
          setReview({ changes: serviceChanges(service, values), form });
          setReviewOpen(true);
        }}
      >
        <ReportDirty onChange={setDirty} />
        <EditFields sharing={sharingPortId} cancelTo={cancelTo} rejected={rejected} />
      </Form>
      <ReviewChangesModal
        opened={reviewOpen}
        onClose={() => setReviewOpen(false)}
        onConfirm={confirm}
        saving={update.isPending}
        error={modalError}
        serviceName={service.serviceName || service.id}
        changes={review?.changes ?? null}
        connectionCount={connections.filter((c) => c.status === 'accepted').length}
        returnFocus={returnFocus}
      />
    </>
  );
}
