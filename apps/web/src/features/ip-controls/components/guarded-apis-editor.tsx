import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Modal, NativeSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BindableApi, IpControl } from '@portico/contracts/ip-controls';
import { StageName } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { ReviewPanel } from '@/components/review/review-panel';
import { IconAlert } from '@/components/ui/icons';
import { useUnsavedChangesGuard } from '@/lib/unsaved-changes';
import { useApiGroups, useBindableApis, useChangeIpControlApis } from '../api/manage-ip-control';
import { useApiSelection, type ApiSelectionPlan } from '../hooks/use-api-selection';

interface Props {
  opened: boolean;
  onClose: () => void;
  ipControl: IpControl;
  onSaved: (plan: ApiSelectionPlan) => void;
}

function ApiChecklist({ apis, selection }: { apis: BindableApi[]; selection: ReturnType<typeof useApiSelection> }) {
  const { t } = useTranslation();
  if (apis.length === 0) return <Text size="sm">{t('ipControls.guard.noneInStage')}</Text>;
  const all = apis.every(selection.isChecked);
  return (
    <Table.ScrollContainer minWidth={420} mah={360}>
      <Table verticalSpacing={6} aria-label={t('ipControls.guard.published')} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox aria-label={t('ipControls.guard.all')} checked={all} indeterminate={!all && apis.some(selection.isChecked)} onChange={() => selection.setAll(!all)} />
            </Table.Th>
            <Table.Th>{t('components.publishedApis.apiName')}</Table.Th>
            <Table.Th>{t('ipControls.guard.guardedBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apis.map((api) => (
            <Table.Tr key={api.apiId}>
              <Table.Td>
                <Checkbox aria-label={api.apiName} checked={selection.isChecked(api)} onChange={() => selection.toggle(api)} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {api.apiName}
                </Text>
                {api.method || api.path ? (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {api.method} {api.path}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {api.ipControlName ? (
                  <Badge variant="light" color="gray">
                    {api.ipControlName}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('ipControls.guard.noList')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function PlanReview({ plan, ipControl, stage }: { plan: ApiSelectionPlan; ipControl: IpControl; stage: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {plan.bind.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('ipControls.guard.starts', { stage, count: plan.bind.length })}
          </Text>
          {plan.bind.map((api) => (
            <Text key={api.apiId} size="sm">
              {api.apiName}
              {api.from ? <Text span c="orange.8">{` — ${t('ipControls.guard.movesFrom', { from: api.from })}`}</Text> : null}
            </Text>
          ))}
        </Stack>
      ) : null}
      {plan.unbind.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('ipControls.guard.stops', { stage, count: plan.unbind.length })}
          </Text>
          {plan.unbind.map((api) => (
            <Text key={api.apiId} size="sm">
              {api.apiName} — {t('ipControls.guard.unguarded', { stage })}
            </Text>
          ))}
        </Stack>
      ) : null}
      <Alert color="orange" variant="light" role="note" icon={<IconAlert />} title={t('ipControls.guard.atOnce')}>
        <Text size="sm">
          {ipControl.type === 'ALLOW' ? t('ipControls.guard.effectAllow', { name: ipControl.name }) : t('ipControls.guard.effectRefuse', { name: ipControl.name })}
        </Text>
      </Alert>
    </Stack>
  );
}

/** SetIpControlApis / RemoveIpControlApis: tick the APIs of one group and stage the list should guard, review, confirm. */
export function GuardedApisEditor({ opened, onClose, ipControl, onSaved }: Props) {
  const { t } = useTranslation();
  const [groupId, setGroupId] = useState<string | null>(null);
  const [stage, setStage] = useState<StageName>('RELEASE');
  const [reviewing, setReviewing] = useState(false);
  const groups = useApiGroups(opened);
  const apis = useBindableApis(ipControl.id, groupId, stage);
  const selection = useApiSelection(ipControl.id, apis.data?.apis);
  const { confirmDiscard, release } = useUnsavedChangesGuard(opened && selection.dirty);
  const save = useChangeIpControlApis();

  const close = () => {
    if (save.isPending || !confirmDiscard()) return;
    selection.reset();
    setReviewing(false);
    save.reset();
    onClose();
  };
  const switchTo = (change: () => void) => {
    if (!confirmDiscard()) return;
    selection.reset();
    change();
  };
  const confirm = () => {
    if (!groupId) return;
    const { plan } = selection;
    const scope = { groupId, stageName: stage };
    save.mutate(
      {
        id: ipControl.id,
        bind: plan.bind.length > 0 ? { ...scope, apiIds: plan.bind.map((a) => a.apiId) } : null,
        unbind: plan.unbind.length > 0 ? { ...scope, apiIds: plan.unbind.map((a) => a.apiId) } : null,
      },
      {
        onSuccess: () => {
          release();
          onSaved(plan);
          selection.reset();
          setReviewing(false);
        },
      },
    );
  };

  const groupOptions = [{ value: '', label: t('ipControls.guard.chooseGroup') }, ...(groups.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))];
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={reviewing ? t('ipControls.guard.reviewTitle') : t('ipControls.guard.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('ipControls.close') }}
    >
      {reviewing ? (
        <ReviewPanel error={save.error} errorTitle={t('ipControls.guard.notSaved')} saving={save.isPending} onBack={() => setReviewing(false)} onConfirm={confirm}>
          <PlanReview plan={selection.plan} ipControl={ipControl} stage={stage} />
        </ReviewPanel>
      ) : (
        <Stack gap="md">
          <Group gap="md" align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('ipControls.guard.group')}
              data={groupOptions}
              value={groupId ?? ''}
              onChange={(e) => switchTo(() => setGroupId(e.currentTarget.value || null))}
              miw={220}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('components.publishedApis.stage')}
              </Text>
              <SegmentedControl
                aria-label={t('components.publishedApis.stage')}
                data={[...StageName.options]}
                value={stage}
                onChange={(value) => switchTo(() => setStage(StageName.parse(value)))}
              />
            </Stack>
          </Group>
          {groups.error ? (
            <ApiErrorAlert error={groups.error} title={t('ipControls.guard.groupsFailed')} onRetry={() => void groups.refetch()} retrying={groups.isFetching} />
          ) : null}
          {apis.error ? <ApiErrorAlert error={apis.error} title={t('ipControls.guard.apisFailed')} onRetry={() => void apis.refetch()} retrying={apis.isFetching} /> : null}
          {groupId === null ? (
            <Text size="sm" c="dimmed">
              {t('ipControls.guard.chooseHint')}
            </Text>
          ) : null}
          {apis.data ? <ApiChecklist apis={apis.data.apis} selection={selection} /> : apis.isFetching ? <Text size="sm">{t('ipControls.guard.loading')}</Text> : null}
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {selection.dirty ? t('ipControls.guard.pending', { count: selection.plan.bind.length, removed: selection.plan.unbind.length }) : t('ipControls.guard.noChange')}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={close}>
                {t('ipControls.cancel')}
              </Button>
              <Button onClick={() => setReviewing(true)} disabled={!selection.dirty}>
                {t('ipControls.reviewChanges')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
