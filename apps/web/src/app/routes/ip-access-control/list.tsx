import { NativeSelect } from '@mantine/core';
import { IpControlListQuery, IpControlType } from '@portico/contracts/ip-controls';
import { useNavigate } from 'react-router';
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

  return (
    <>
      <PageHeader
        title="IP access control"
        description="Allow and deny lists of addresses and CIDR blocks, and the APIs each list guards. A change to a list takes effect at once on every API bound to it."
      />
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
          emptyDescription="An ACL allows or refuses calls to the APIs it is bound to by the caller's address. Lists are created and bound in the API Gateway console."
        >
          {(items) => <IpControlTable items={items} onOpen={(id) => void navigate(ipControlPath(id))} stale={lists.isPlaceholderData} />}
        </ListContent>
      </ListPanel>
    </>
  );
}
