import { Alert, Button, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import type { IpControl, PolicyItem } from '@portico/contracts/ip-controls';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { IconAlert } from '@/components/ui/icons';
import { PublishedApisTable } from '@/components/ui/published-apis-table';
import { useRemovePolicyItem, type RemovedPolicyItem } from '../api/remove-policy-item';
import { CidrChips } from './cidr-chips';

interface Props {
  opened: boolean;
  onClose: () => void;
  ipControl: IpControl;
  item: PolicyItem | null;
  boundApis: PublishedApi[];
  onRemoved: (result: RemovedPolicyItem, item: PolicyItem) => void;
}

/** What removing the item means for the calls from its addresses. */
function consequence(t: TFunction, type: IpControl['type']): string {
  return type === 'ALLOW' ? t('ipControls.removeItem.consequenceAllow') : t('ipControls.removeItem.consequenceRefuse');
}

/** RemoveIpControlPolicyItem: names the entries and the APIs it reaches at once, then asks. */
export function RemovePolicyItemModal({ opened, onClose, ipControl, item, boundApis, onRemoved }: Props) {
  const { t } = useTranslation();
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
    <Modal opened={opened} onClose={close} title={t('ipControls.removeItem.title')} size="lg" closeButtonProps={{ 'aria-label': t('ipControls.close') }}>
      {item ? (
        <Stack gap="md">
          <Text size="sm">
            <Trans
              i18nKey={item.appId ? 'ipControls.removeItem.introAppId' : 'ipControls.removeItem.intro'}
              values={{ id: item.id, name: ipControl.name, appId: item.appId ?? '', count: item.cidrs.length }}
              components={{ b: <b />, code: <Text span ff="monospace" /> }}
            />
          </Text>
          <CidrChips cidrs={item.cidrs} color="red" label={t('ipControls.removeItem.entries')} />
          <Alert color="red" variant="light" role="note" icon={<IconAlert />} title={t('ipControls.review.atOnce', { count: apiCount })}>
            <Stack gap="xs">
              <Text size="sm">{consequence(t, ipControl.type)}</Text>
              {apiCount > 0 ? (
                <ScrollArea.Autosize mah={260} type="auto">
                  <PublishedApisTable apis={boundApis} compact label={t('ipControls.removeItem.table')} empty={t('ipControls.guardedApis.none')} />
                </ScrollArea.Autosize>
              ) : null}
            </Stack>
          </Alert>
          {remove.error ? <ApiErrorAlert error={remove.error} title={t('ipControls.removeItem.failed')} onRetry={run} retrying={remove.isPending} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={remove.isPending} data-autofocus>
              {t('ipControls.cancel')}
            </Button>
            <Button color="red" onClick={run} loading={remove.isPending}>
              {t('ipControls.removeItem.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
