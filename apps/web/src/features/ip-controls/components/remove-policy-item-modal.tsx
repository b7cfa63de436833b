import { Alert, Button, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import type { IpControl, PolicyItem } from '@portico/contracts/ip-controls';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { useRemovePolicyItem, type RemovedPolicyItem } from '../api/remove-policy-item';
import { CidrChips } from './cidr-chips';
import { GuardedApisTable } from './guarded-apis-table';

interface Props {
  opened: boolean;
  onClose: () => void;
  ipControl: IpControl;
  item: PolicyItem | null;
  boundApis: PublishedApi[];
  onRemoved: (result: RemovedPolicyItem, item: PolicyItem) => void;
}

/** What removing the item means for the calls from its addresses. */
function consequence(type: IpControl['type']): string {
  return type === 'ALLOW'
    ? 'Calls from these addresses are no longer let in by this item: unless another item allows them, they are refused.'
    : 'Calls from these addresses are no longer refused by this item.';
}

/** RemoveIpControlPolicyItem: names the entries and the APIs it reaches at once, then asks. */
export function RemovePolicyItemModal({ opened, onClose, ipControl, item, boundApis, onRemoved }: Props) {
  const remove = useRemovePolicyItem({ onSuccess: (result) => item && onRemoved(result, item) });
  const apiCount = boundApis.length;

  const close = () => {
    if (remove.isPending) return;
    remove.reset();
    onClose();
  };
  const run = () => {
    if (item && !remove.isPending) remove.mutate({ ipControlId: ipControl.id, itemId: item.id });
  };

  return (
    <Modal opened={opened} onClose={close} title="Remove policy item" size="lg">
      {item ? (
        <Stack gap="md">
          <Text size="sm">
            Removes policy item{' '}
            <Text span ff="monospace">
              {item.id}
            </Text>{' '}
            from <b>{ipControl.name}</b>
            {item.appId ? (
              <>
                {' '}
                (AppId{' '}
                <Text span ff="monospace">
                  {item.appId}
                </Text>
                )
              </>
            ) : null}
            , with {item.cidrs.length === 1 ? 'its entry' : `its ${item.cidrs.length} entries`}:
          </Text>
          <CidrChips cidrs={item.cidrs} color="red" label="Entries to remove" />
          <Alert color="red" variant="light" role="note" icon={<IconAlert />} title={`Takes effect at once on ${plural(apiCount, 'API')}`}>
            <Stack gap="xs">
              <Text size="sm">{consequence(ipControl.type)}</Text>
              {apiCount > 0 ? (
                <ScrollArea.Autosize mah={260} type="auto">
                  <GuardedApisTable apis={boundApis} compact label="APIs this removal reaches" />
                </ScrollArea.Autosize>
              ) : null}
            </Stack>
          </Alert>
          {remove.error ? <ApiErrorAlert error={remove.error} title="The policy item was not removed" onRetry={run} retrying={remove.isPending} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending} data-autofocus>
              Cancel
            </Button>
            <Button color="red" onClick={run} loading={remove.isPending}>
              Confirm removal
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
