import { useRef, useState } from 'react';
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PolicyItem } from '@portico/contracts/ip-controls';
import { accessOf, routes } from '@portico/contracts/routes';
import { useNavigate, useParams } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { IconAlert, IconCheck } from '@/components/ui/icons';
import { plural } from '@/lib/format';
import { useDeniedReason } from '@/lib/session';
import { useIpControl } from '@/features/ip-controls/api/get-ip-control';
import { DeleteIpControlModal } from '@/features/ip-controls/components/delete-ip-control-modal';
import { GuardedApisEditor } from '@/features/ip-controls/components/guarded-apis-editor';
import { GuardedApisTable } from '@/features/ip-controls/components/guarded-apis-table';
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
function describeChanges(changes: PolicyItemChanges): string {
  const parts: string[] = [];
  if (changes.added.length > 0) parts.push(`${plural(changes.added.length, 'entry', 'entries')} added`);
  if (changes.removed.length > 0) parts.push(`${changes.removed.length} removed`);
  if (changes.rewritten.length > 0) parts.push(`${changes.rewritten.length} rewritten`);
  if (changes.appId.changed) parts.push(changes.appId.after ? `AppId set to ${changes.appId.after}` : 'AppId cleared');
  return parts.join(', ');
}

export function IpAccessControlDetailRoute() {
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

  const crumbs = [{ label: 'IP access control', to: '/ip-access-control' }, { label: detail.data?.ipControl.name ?? id }];

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
        description={`IP access control list. ${typeMeaning[ipControl.type]}`}
        crumbs={crumbs}
        actions={
          <>
            <AccessButton access={accessOf(routes.modifyIpControl)} variant="default" onClick={() => setDialog('rename')}>
              Rename
            </AccessButton>
            <AccessButton access={accessOf(routes.deleteIpControl)} variant="default" color="red" onClick={() => setDialog('delete')}>
              Delete
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
            closeButtonLabel="Dismiss"
            role="status"
          >
            {notice.text}
          </Alert>
        ) : null}

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="attributes-title">
          <Title id="attributes-title" order={2} fz="md" fw={600} mb="sm">
            Attributes
          </Title>
          <IpControlAttributes ipControl={ipControl} />
        </Paper>

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="policy-items-title">
          <Group justify="space-between" mb="sm" wrap="wrap">
            <Group gap="xs">
              <Title id="policy-items-title" order={2} fz="md" fw={600}>
                Policy items
              </Title>
              <Badge variant="light" color="gray" size="sm">
                {policyItems.length}
              </Badge>
            </Group>
            <AccessButton access={accessOf(routes.addPolicyItem)} resource={{ kind: 'ip-control', name: ipControl.name, tags: {} }} onClick={() => openEditor(null)}>
              Add policy item
            </AccessButton>
          </Group>
          <Alert color={apiCount > 0 ? 'orange' : 'blue'} variant="light" icon={<IconAlert />} role="note" mb="md" py="xs">
            <Text size="sm">A change takes effect at once on every API bound to this list: {plural(apiCount, 'API')}.</Text>
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
                APIs this list guards
              </Title>
              <Badge variant="light" color="gray" size="sm">
                {apiCount}
              </Badge>
            </Group>
            <AccessButton access={accessOf(routes.setIpControlApis)} variant="default" onClick={() => setDialog('apis')}>
              Change guarded APIs
            </AccessButton>
          </Group>
          <GuardedApisTable apis={boundApis} />
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
          const reach = `In effect on ${plural(result.affectedApiCount, 'API')}.`;
          setNotice(
            editing.item
              ? { title: 'Policy item saved', text: `${describeChanges(changes)}. ${reach}`, itemId: result.policyItem.id }
              : { title: 'Policy item added', text: `${plural(result.policyItem.cidrs.length, 'entry', 'entries')}. ${reach}`, itemId: result.policyItem.id },
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
          setNotice({ title: 'List renamed', text: `Now named ${saved.name}.` });
        }}
      />
      <DeleteIpControlModal
        opened={dialog === 'delete'}
        onClose={() => setDialog(null)}
        ipControl={ipControl}
        policyItems={policyItems}
        boundApis={boundApis}
        onDeleted={() => void navigate('/ip-access-control', { state: { notice: `Deleted the list ${ipControl.name}.` } })}
      />
      <GuardedApisEditor
        opened={dialog === 'apis'}
        onClose={() => setDialog(null)}
        ipControl={ipControl}
        onSaved={(plan) => {
          setDialog(null);
          const parts = [plan.bind.length > 0 ? `${plural(plan.bind.length, 'API')} added` : '', plan.unbind.length > 0 ? `${plural(plan.unbind.length, 'API')} removed` : ''];
          setNotice({ title: 'Guarded APIs changed', text: `${parts.filter(Boolean).join(', ')}. In effect at once.` });
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
            title: 'Policy item removed',
            text: `Removed ${plural(item.cidrs.length, 'entry', 'entries')}: ${item.cidrs.join(', ')}. In effect on ${plural(result.affectedApiCount, 'API')}.`,
          });
        }}
      />
    </>
  );
}
