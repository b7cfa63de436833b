import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, Modal, NativeSelect, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import type { BindableApi, IpControl } from '@portico/contracts/ip-controls';
import { StageName } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { plural } from '@/lib/format';
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
  if (apis.length === 0) return <Text size="sm">No API of this group is published in this stage.</Text>;
  const all = apis.every(selection.isChecked);
  return (
    <Table.ScrollContainer minWidth={420} mah={360}>
      <Table verticalSpacing={6} aria-label="Published APIs" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox aria-label="All APIs" checked={all} indeterminate={!all && apis.some(selection.isChecked)} onChange={() => selection.setAll(!all)} />
            </Table.Th>
            <Table.Th>API</Table.Th>
            <Table.Th>Guarded by now</Table.Th>
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
                    none
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
  return (
    <Stack gap="sm">
      {plan.bind.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Starts guarding in {stage} ({plan.bind.length})
          </Text>
          {plan.bind.map((api) => (
            <Text key={api.apiId} size="sm">
              {api.apiName}
              {api.from ? <Text span c="orange.8">{` — moves from ${api.from} (an API has one list per stage)`}</Text> : null}
            </Text>
          ))}
        </Stack>
      ) : null}
      {plan.unbind.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Stops guarding in {stage} ({plan.unbind.length})
          </Text>
          {plan.unbind.map((api) => (
            <Text key={api.apiId} size="sm">
              {api.apiName} — then no list checks the callers&apos; addresses for it in {stage}
            </Text>
          ))}
        </Stack>
      ) : null}
      <Alert color="orange" variant="light" role="note" icon={<IconAlert />} title="Takes effect at once">
        <Text size="sm">
          {ipControl.type === 'ALLOW' ? 'Only calls from the addresses of' : 'Calls from the addresses of'} {ipControl.name}{' '}
          {ipControl.type === 'ALLOW' ? 'reach the APIs it guards' : 'are refused by the APIs it guards'}, from the moment this is saved.
        </Text>
      </Alert>
    </Stack>
  );
}

/** SetIpControlApis / RemoveIpControlApis: tick the APIs of one group and stage the list should guard, review, confirm. */
export function GuardedApisEditor({ opened, onClose, ipControl, onSaved }: Props) {
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

  const groupOptions = [{ value: '', label: 'Choose a group' }, ...(groups.data?.groups ?? []).map((g) => ({ value: g.id, label: g.name }))];
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={reviewing ? 'Review the APIs this list guards' : 'Change guarded APIs'}
      size="xl"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {reviewing ? (
        <Stack gap="md">
          <PlanReview plan={selection.plan} ipControl={ipControl} stage={stage} />
          {save.error ? <ApiErrorAlert error={save.error} title="The APIs were not changed" onRetry={confirm} retrying={save.isPending} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setReviewing(false)} disabled={save.isPending}>
              Back to edit
            </Button>
            <Button onClick={confirm} loading={save.isPending}>
              Confirm and save
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Group gap="md" align="flex-end" wrap="wrap">
            <NativeSelect label="API group" data={groupOptions} value={groupId ?? ''} onChange={(e) => switchTo(() => setGroupId(e.currentTarget.value || null))} miw={220} />
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Stage
              </Text>
              <SegmentedControl aria-label="Stage" data={[...StageName.options]} value={stage} onChange={(value) => switchTo(() => setStage(StageName.parse(value)))} />
            </Stack>
          </Group>
          {groups.error ? <ApiErrorAlert error={groups.error} title="The API groups did not load" onRetry={() => void groups.refetch()} retrying={groups.isFetching} /> : null}
          {apis.error ? <ApiErrorAlert error={apis.error} title="The APIs did not load" onRetry={() => void apis.refetch()} retrying={apis.isFetching} /> : null}
          {groupId === null ? (
            <Text size="sm" c="dimmed">
              Choose a group and a stage to see its published APIs.
            </Text>
          ) : null}
          {apis.data ? <ApiChecklist apis={apis.data.apis} selection={selection} /> : apis.isFetching ? <Text size="sm">Loading the published APIs…</Text> : null}
          <Group justify="space-between" gap="sm">
            <Text size="sm" c="dimmed" aria-live="polite">
              {selection.dirty ? `${plural(selection.plan.bind.length, 'API')} to add, ${selection.plan.unbind.length} to remove` : 'No change yet'}
            </Text>
            <Group gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button onClick={() => setReviewing(true)} disabled={!selection.dirty}>
                Review changes
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
