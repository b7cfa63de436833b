import { useState } from 'react';
import { Alert, NativeSelect } from '@mantine/core';
import { accessOf, routes } from '@portico/contracts/routes';
import { IpControlListQuery, IpControlType } from '@portico/contracts/ip-controls';
import { useTranslation } from 'react-i18next';
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
import { IpControlTable, ipControlPath, useIpControlColumns } from '@/features/ip-controls/components/ip-control-table';

export function IpAccessControlListRoute() {
  const { t } = useTranslation();
  const { columns } = useIpControlColumns();
  const typeOptions = [{ value: '', label: t('ipControls.list.allTypes') }, ...IpControlType.options.map((type) => ({ value: type, label: type }))];
  usePageTitle(t('ipControls.title'));
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
        title={t('ipControls.title')}
        description={t('ipControls.list.description')}
        actions={
          <AccessButton access={accessOf(routes.createIpControl)} onClick={() => setCreating(true)}>
            {t('ipControls.list.new')}
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
            <ListSearch list={list} label={t('ipControls.list.search')} />
            <NativeSelect label={t('ipControls.columns.type')} data={typeOptions} value={type ?? ''} onChange={(event) => list.setFilter(event.currentTarget.value)} w={140} />
          </>
        }
      >
        <ListContent
          list={list}
          query={lists}
          columns={columns}
          what={t('ipControls.list.what')}
          noun={t('ipControls.list.noun')}
          noMatch={{
            title: search ? (type ? t('ipControls.list.noTypedMatch', { type, search }) : t('ipControls.list.noMatch', { search })) : t('ipControls.list.noType', { type }),
            description: t('ipControls.list.noMatchHint'),
          }}
          emptyDescription={t('ipControls.list.empty')}
        >
          {(items) => <IpControlTable items={items} onOpen={(id) => void navigate(ipControlPath(id))} stale={lists.isPlaceholderData} />}
        </ListContent>
      </ListPanel>
    </>
  );
}
