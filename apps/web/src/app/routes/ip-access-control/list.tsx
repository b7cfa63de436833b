import { useState } from 'react';
import { Alert, NativeSelect } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { IpControlListQuery, IpControlType } from '@portico/contracts/ip-controls';
import { useLocation, useNavigate } from 'react-router';
import { AccessButton } from '@/components/auth/access-button';
import { IconCheck } from '@/components/ui/icons';
import { IpControlFormModal } from '@/features/ip-controls/components/ip-control-form-modal';
import { PageHeader, usePageTitle } from '@/components/layout/page-header';
import { ListContent } from '@/components/list/list-content';
import { ListPanel } from '@/components/list/list-panel';
import { ListSearch } from '@/components/list/list-search';
import { useListUrl } from '@/components/list/use-list-url';
import { useIpControls } from '@/features/ip-controls/api/list-ip-controls';
import { IpControlTable, ipControlColumns, ipControlPath } from '@/features/ip-controls/components/ip-control-table';

const TYPE_OPTIONS = [{ value: '', label: 'All types' }, ...IpControlType.options.map((type) => ({ value: type, label: type }))];

export function IpAccessControlListRoute() {
  usePageTitle('IP access control');
  const navigate = useNavigate();
  const list = useListUrl({ search: IpControlListQuery.shape.search, filter: { key: 'type', schema: IpControlType } });
  const { page, pageSize, search, filter: type } = list;
  const lists = useIpControls({ page, pageSize, search: search || undefined, type });
  const [creating, setCreating] = useState(false);
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;

  return (
    <>
      <PageHeader
        title="IP access control"
        description="Allow and deny lists of addresses and CIDR blocks, and the APIs each list guards. A change to a list takes effect at once on every API bound to it."
        actions={
          <AccessButton access={accessOf(routes.createIpControl)} onClick={() => setCreating(true)}>
            New list
          </AccessButton>
        }
      />
      {notice ? (
        <Alert color="teal" variant="light" icon={<IconCheck />} role="status" mb="md">
          {notice}
        </Alert>
      ) : null}
      <IpControlFormModal opened={creating} onClose={() => setCreating(false)} ipControl={null} onSaved={(saved) => void navigate(ipControlPath(saved.id))} />
      <ListPanel
        list={list}
        query={lists}
        tools={
          <>
            <ListSearch list={list} />
            <NativeSelect label="Type" data={TYPE_OPTIONS} value={type ?? ''} onChange={(event) => list.setFilter(event.currentTarget.value)} w={140} />
          </>
        }
      >
        <ListContent
          list={list}
          query={lists}
          columns={ipControlColumns}
          what="IP access control lists"
          noun="lists"
          noMatch={{
            title: search ? `No ${type ? `${type} list` : 'list'} matches “${search}”` : `No ${type} lists`,
            description: 'Search looks at the names. Try fewer letters or another type.',
          }}
          emptyDescription="An ACL allows or refuses calls to the APIs it is bound to by the caller's address. Create one with New list, add its addresses, then choose the APIs it guards."
        >
          {(items) => <IpControlTable items={items} onOpen={(id) => void navigate(ipControlPath(id))} stale={lists.isPlaceholderData} />}
        </ListContent>
      </ListPanel>
    </>
  );
}
