import { useRef, useState } from 'react';
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PolicyItem } from '@portico/contracts/ip-controls';
import { accessOf, routes } from '@portico/contracts/routes';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconAlert, IconCheck } from '@/components/ui/icons';
import { PublishedApisTable } from '@/components/ui/published-apis-table';
import { useDeniedReason } from '@/lib/session';
import { useIpControl } from '@/features/ip-controls/api/get-ip-control';
import { DeleteIpControlModal } from '@/features/ip-controls/components/delete-ip-control-modal';
import { GuardedApisEditor } from '@/features/ip-controls/components/guarded-apis-editor';
import { IpControlFormModal } from '@/features/ip-controls/components/ip-control-form-modal';
import { IpControlAttributes } from '@/features/ip-controls/components/ip-control-attributes';
import { IpControlTypeBadge, typeMeaning } from '@/features/ip-controls/components/ip-control-type-badge';
import { PolicyItemEditor } from '@/features/ip-controls/components/policy-item-editor';
import { PolicyItemsTable } from '@/features/ip-controls/components/policy-items-table';
import { RemovePolicyItemModal } from '@/features/ip-controls/components/remove-policy-item-modal';
import type { PolicyItemChanges } from '@/features/ip-controls/utils/policy-item-changes';
import { IpControlLoadError, IpControlSkeleton } from './load-state';

interface Notice {
  title: string;
  text: string;
  /** The item to mark in the table (added or changed). */
  itemId?: string;
}

/** "2 entries added, 1 removed, AppId changed": the saved change in one line. */
function describeChanges(t: TFunction, changes: PolicyItemChanges): string {
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(t('ipControls.notice.added', { count: changes.added.length }));
  if (changes.removed.length > 0) parts.push(t('ipControls.notice.removed', { count: changes.removed.length }));
  if (changes.rewritten.length > 0) parts.push(t('ipControls.notice.rewritten', { count: changes.rewritten.length }));
  if (changes.appId.changed) parts.push(changes.appId.after ? t('ipControls.notice.appIdSet', { appId: changes.appId.after }) : t('ipControls.notice.appIdCleared'));
  return parts.join(t('ipControls.notice.separator'));
}

export function IpAccessControlDetailRoute() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const detail = useIpControl(id);
  usePageTitle(detail.data?.ipControl.name ?? id);
  const [editorOpen, setEditorOpen] = useState(false);
  // The editor mounts already open (a new key per opening), so the modal never sees who opened it:
  // focus goes back to that button here, as a keyboard user expects.
  const editorOpener = useRef<HTMLElement | null>(null);
  const closeEditor = () => {
    setEditorOpen(false);
    const opener = editorOpener.current;
    window.setTimeout(() => opener?.focus(), 0);
  };
  const [editing, setEditing] = useState<{ item: PolicyItem | null; key: number }>({ item: null, key: 0 });
  const [removing, setRemoving] = useState<PolicyItem | null>(null);
  const [removeOpen, setRemoveOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dialog, setDialog] = useState<'rename' | 'delete' | 'apis' | null>(null);
  const navigate = useNavigate();
  // A viewer reads why the change buttons do nothing; the buttons say it on hover and focus too.
  const cannotChange = useDeniedReason(accessOf(routes.addPolicyItem));

  const crumbs = [{ label: t('ipControls.title'), to: '/ip-access-control' }, { label: detail.data?.ipControl.name ?? id }];

  if (detail.isPending) {
    return (
      <>
        <PageHeader title={id} crumbs={crumbs} />
        <IpControlSkeleton />
      </>
    );
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader title={id} crumbs={crumbs} />
        <IpControlLoadError id={id} error={detail.error} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      </>
    );
  }

  const { ipControl, policyItems, boundApis } = detail.data;
  const apiCount = boundApis.length;
  // A new key per opening: the editor starts from the item as it is now, not as it was left.
  const openEditor = (item: PolicyItem | null) => {
    setNotice(null);
    setEditing((previous) => ({ item, key: previous.key + 1 }));
    editorOpener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setEditorOpen(true);
  };
  const openRemove = (item: PolicyItem) => {
    setNotice(null);
    setRemoving(item);
    setRemoveOpen(true);
  };

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {ipControl.name}
            <IpControlTypeBadge type={ipControl.type} />
          </Group>
        }
        description={`${t('ipControls.detail.kind')} ${typeMeaning(t, ipControl.type)}`}
        crumbs={crumbs}
        actions={
          <>
            <AccessButton access={accessOf(routes.modifyIpControl)} variant="default" onClick={() => setDialog('rename')}>
              {t('ipControls.detail.rename')}
            </AccessButton>
            <AccessButton access={accessOf(routes.deleteIpControl)} variant="default" color="red" onClick={() => setDialog('delete')}>
              {t('ipControls.detail.delete')}
            </AccessButton>
          </>
        }
      />
      <Stack gap="lg">
        {notice ? (
          <Alert
            color="teal"
            variant="light"
            icon={<IconCheck />}
            title={notice.title}
            withCloseButton
            onClose={() => setNotice(null)}
            closeButtonLabel={t('ipControls.dismiss')}
            role="status"
          >
            {notice.text}
          </Alert>
        ) : null}

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="attributes-title">
          <Title id="attributes-title" order={2} fz="md" fw={600} mb="sm">
            {t('ipControls.detail.attributes')}
          </Title>
          <IpControlAttributes ipControl={ipControl} />
        </Paper>

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="policy-items-title">
          <Group justify="space-between" mb="sm" wrap="wrap">
            <Group gap="xs">
              <Title id="policy-items-title" order={2} fz="md" fw={600}>
                {t('ipControls.items.title')}
              </Title>
              <Badge variant="light" color="gray" size="sm">
                {policyItems.length}
              </Badge>
            </Group>
            <AccessButton access={accessOf(routes.addPolicyItem)} resource={{ kind: 'ip-control', name: ipControl.name, tags: {} }} onClick={() => openEditor(null)}>
              {t('ipControls.item.add')}
            </AccessButton>
          </Group>
          <Alert color={apiCount > 0 ? 'orange' : 'blue'} variant="light" icon={<IconAlert />} role="note" mb="md" py="xs">
            <Text size="sm">{t('ipControls.detail.atOnce', { count: apiCount })}</Text>
          </Alert>
          {cannotChange ? (
            <Text size="sm" c="dimmed" mb="sm">
              {cannotChange}
            </Text>
          ) : null}
          <PolicyItemsTable listName={ipControl.name} items={policyItems} onEdit={(item) => openEditor(item)} onRemove={openRemove} highlightId={notice?.itemId} />
        </Paper>

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="guarded-apis-title">
          <Group justify="space-between" mb="sm" wrap="wrap">
            <Group gap="xs">
              <Title id="guarded-apis-title" order={2} fz="md" fw={600}>
                {t('ipControls.guardedApis.title')}
              </Title>
              <Badge variant="light" color="gray" size="sm">
                {apiCount}
              </Badge>
            </Group>
            <AccessButton access={accessOf(routes.setIpControlApis)} variant="default" onClick={() => setDialog('apis')}>
              {t('ipControls.guard.title')}
            </AccessButton>
          </Group>
          <PublishedApisTable apis={boundApis} linkToChain label={t('ipControls.guardedApis.title')} empty={t('ipControls.guardedApis.none')} />
        </Paper>
      </Stack>

      <PolicyItemEditor
        key={editing.key}
        opened={editorOpen}
        onClose={closeEditor}
        ipControl={ipControl}
        item={editing.item}
        boundApis={boundApis}
        policyItems={policyItems}
        onSaved={(result, changes) => {
          setEditorOpen(false);
          const reach = t('ipControls.notice.inEffect', { count: result.affectedApiCount });
          setNotice(
            editing.item
              ? { title: t('ipControls.notice.saved'), text: `${describeChanges(t, changes)}. ${reach}`, itemId: result.policyItem.id }
              : {
                  title: t('ipControls.notice.addedTitle'),
                  text: `${t('ipControls.notice.entries', { count: result.policyItem.cidrs.length })} ${reach}`,
                  itemId: result.policyItem.id,
                },
          );
        }}
      />
      <IpControlFormModal
        opened={dialog === 'rename'}
        onClose={() => setDialog(null)}
        ipControl={ipControl}
        boundApiCount={apiCount}
        onSaved={(saved) => {
          setDialog(null);
          setNotice({ title: t('ipControls.notice.renamed'), text: t('ipControls.notice.nowNamed', { name: saved.name }) });
        }}
      />
      <DeleteIpControlModal
        opened={dialog === 'delete'}
        onClose={() => setDialog(null)}
        ipControl={ipControl}
        policyItems={policyItems}
        boundApis={boundApis}
        onDeleted={() => void navigate('/ip-access-control', { state: { notice: t('ipControls.notice.deleted', { name: ipControl.name }) } })}
      />
      <GuardedApisEditor
        opened={dialog === 'apis'}
        onClose={() => setDialog(null)}
        ipControl={ipControl}
        onSaved={(plan) => {
          setDialog(null);
          const parts = [
            plan.bind.length > 0 ? t('ipControls.notice.apisAdded', { count: plan.bind.length }) : '',
            plan.unbind.length > 0 ? t('ipControls.notice.apisRemoved', { count: plan.unbind.length }) : '',
          ];
          setNotice({ title: t('ipControls.notice.guardedChanged'), text: `${parts.filter(Boolean).join(t('ipControls.notice.separator'))}${t('ipControls.notice.atOnce')}` });
        }}
      />
      <RemovePolicyItemModal
        opened={removeOpen}
        onClose={() => setRemoveOpen(false)}
        ipControl={ipControl}
        item={removing}
        boundApis={boundApis}
        onRemoved={(result, item) => {
          setRemoveOpen(false);
          setNotice({
            title: t('ipControls.notice.removedTitle'),
            text: `${t('ipControls.notice.removedEntries', { count: item.cidrs.length, cidrs: item.cidrs.join(', ') })} ${t('ipControls.notice.inEffect', { count: result.affectedApiCount })}`,
          });
        }}
      />
    </>
  );
}
