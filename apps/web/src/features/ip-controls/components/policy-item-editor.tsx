import { useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import {
  appIdRefuseMessage,
  policyItemInputFor,
  type IpControl,
  type PolicyItem,
  type PolicyItemChanged,
  type PolicyItemFormValues,
  type PolicyItemInput,
} from '@portico/contracts/ip-controls';
import { useTranslation } from 'react-i18next';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { Form, type FormMethods } from '@/components/form/form';
import { TextField } from '@/components/form/fields';
import { ReportDirty } from '@/components/form/report-dirty';
import { applyServerFieldErrors, fieldMessage } from '@/components/form/server-errors';
import { isApiError } from '@/lib/api-client';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { useAddPolicyItem } from '../api/add-policy-item';
import { useModifyPolicyItem } from '../api/modify-policy-item';
import { checkRows, emptyRows } from '../utils/cidr-rows';
import { policyItemChanges, type PolicyItemChanges } from '../utils/policy-item-changes';
import { CidrRowsField } from './cidr-rows-field';
import { PolicyItemReview } from './policy-item-review';

type Methods = FormMethods<PolicyItemFormValues, PolicyItemInput>;

interface Review {
  values: PolicyItemInput;
  changes: PolicyItemChanges;
  /** The editor's warnings, repeated in the review. */
  warnings: string[];
  form: Methods;
}

interface Props {
  opened: boolean;
  onClose: () => void;
  ipControl: IpControl;
  /** The item to edit; null adds a new one. */
  item: PolicyItem | null;
  boundApis: PublishedApi[];
  /** Every item of the list (the edited one is left out here): overlaps with them are warned about. */
  policyItems?: readonly PolicyItem[];
  onSaved: (result: PolicyItemChanged, changes: PolicyItemChanges) => void;
}

/** A REFUSE list has no AppId: the form holds none, and the cloud would ignore one. */
function defaultsFor(ipControl: IpControl, item: PolicyItem | null): PolicyItemFormValues {
  const cidrs = item ? [...item.cidrs] : emptyRows();
  return ipControl.type === 'ALLOW' ? { cidrs, appId: item?.appId ?? '' } : { cidrs };
}

/** Sends no AppId rather than an empty one; on a change that clears it, the BFF clears it at the cloud. */
const bodyOf = (values: PolicyItemInput): PolicyItemInput => ({ cidrs: values.cidrs, ...(values.appId ? { appId: values.appId } : {}) });

function AppIdField({ ipControl, item }: { ipControl: IpControl; item: PolicyItem | null }) {
  const { t } = useTranslation();
  if (ipControl.type === 'ALLOW') {
    return <TextField name="appId" label={t('ipControls.appId.label')} placeholder={t('ipControls.appId.placeholder')} description={t('ipControls.appId.hint')} />;
  }
  return (
    <Stack gap={6}>
      <TextInput
        label={t('ipControls.appId.label')}
        value=""
        disabled
        placeholder={t('ipControls.appId.refusePlaceholder')}
        description={`${fieldMessage(t('ipControls.appId.label'), appIdRefuseMessage)}.`}
      />
      {item?.appId ? (
        <Text size="xs" c="dimmed">
          {t('ipControls.appId.dropped', { appId: item.appId })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * AddIpControlPolicyItem / ModifyIpControlPolicyItem: edit the rows, review what changes and
 * on how many APIs, confirm. The form keeps its values while the review shows.
 */
export function PolicyItemEditor({ opened, onClose, ipControl, item, boundApis, policyItems = [], onSaved }: Props) {
  const { t } = useTranslation();
  const otherItems = useMemo(() => policyItems.filter((other) => other.id !== item?.id), [policyItems, item]);
  const [review, setReview] = useState<Review | null>(null);
  const reviewRef = useRef<HTMLDivElement>(null);
  const schema = useMemo(() => policyItemInputFor(ipControl.type), [ipControl.type]);
  const add = useAddPolicyItem();
  const modify = useModifyPolicyItem();
  const save = item ? modify : add;
  const [dirty, setDirty] = useState(false);
  const { confirmDiscard, release } = useUnsavedChangesGuard(opened && (dirty || review !== null));

  const close = () => {
    if (save.isPending || !confirmDiscard()) return;
    setDirty(false);
    setReview(null);
    add.reset();
    modify.reset();
    onClose();
  };

  const confirm = () => {
    if (!review) return;
    const body = bodyOf(review.values);
    const callbacks = {
      onSuccess: (result: PolicyItemChanged) => {
        release();
        setDirty(false);
        onSaved(result, review.changes);
        setReview(null);
      },
      onError: (error: Error) => {
        // Field messages belong at the rows: back to the form with them set.
        if (isApiError(error) && error.fields) {
          setReview(null);
          applyServerFieldErrors(review.form, error.fields);
        }
      },
    };
    if (item) modify.mutate({ ipControlId: ipControl.id, itemId: item.id, body }, callbacks);
    else add.mutate({ ipControlId: ipControl.id, body }, callbacks);
  };

  const saveError = save.error && !(isApiError(save.error) && save.error.fields) ? save.error : null;
  const title = review ? (item ? t('ipControls.item.reviewEdit') : t('ipControls.item.reviewNew')) : item ? t('ipControls.item.edit') : t('ipControls.item.add');

  return (
    <Modal opened={opened} onClose={close} title={title} size="xl" closeButtonProps={{ 'aria-label': t('ipControls.close') }}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('ipControls.item.list', { type: ipControl.type })} <b>{ipControl.name}</b>
          {item ? (
            <>
              {' '}
              · {t('ipControls.item.policyItem')}{' '}
              <Text span ff="monospace">
                {item.id}
              </Text>
            </>
          ) : null}
        </Text>
        <Box display={review ? 'none' : undefined}>
          <Form
            schema={schema}
            aria-label={item ? t('ipControls.item.edit') : t('ipControls.item.add')}
            defaultValues={defaultsFor(ipControl, item)}
            onSubmit={(values, form) => {
              save.reset();
              setReview({ values, changes: policyItemChanges(item, values), warnings: checkRows(values.cidrs, ipControl.type, otherItems).allWarnings, form });
              // The review replaces the form in place: move focus with it.
              requestAnimationFrame(() => reviewRef.current?.focus());
            }}
          >
            {(form) => (
              <Stack gap="md">
                <ReportDirty onChange={setDirty} />
                {save.error && isApiError(save.error) && save.error.fields ? (
                  <Alert color="red" variant="light" title={t('ipControls.review.notSaved')}>
                    {t('ipControls.item.rejected')}
                  </Alert>
                ) : null}
                <CidrRowsField type={ipControl.type} otherItems={otherItems} />
                <AppIdField ipControl={ipControl} item={item} />
                <Group justify="flex-end" gap="sm">
                  <Button variant="default" onClick={close}>
                    {t('ipControls.cancel')}
                  </Button>
                  <Button type="submit" loading={form.formState.isSubmitting}>
                    {t('ipControls.reviewChanges')}
                  </Button>
                </Group>
              </Stack>
            )}
          </Form>
        </Box>
        {review ? (
          <div ref={reviewRef} tabIndex={-1} aria-label={t('ipControls.item.review')} style={{ outline: 'none' }}>
            <PolicyItemReview
              ipControl={ipControl}
              changes={review.changes}
              warnings={review.warnings}
              isNew={item === null}
              boundApis={boundApis}
              saving={save.isPending}
              error={saveError}
              onBack={() => setReview(null)}
              onConfirm={confirm}
            />
          </div>
        ) : null}
      </Stack>
    </Modal>
  );
}
