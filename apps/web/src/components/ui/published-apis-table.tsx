import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiKeyOf } from '@portico/contracts/bindings';
import type { PublishedApi } from '@portico/contracts/published-apis';
import { StageBadge } from './stage-badge';

interface Props {
  apis: readonly PublishedApi[];
  /** The table's accessible name ("Bound APIs", "APIs this change reaches" …). */
  label: string;
  /** What to say when no API is there. */
  empty: string;
  /** The short form (group, stage, API) used in confirmations and reviews. */
  compact?: boolean;
  /** Off for a list of one stage (a backend's stage panel): the column would repeat it. */
  showStage?: boolean;
  /** API names link to their chain on the bindings page. */
  linkToChain?: boolean;
}

/**
 * The published APIs a resource reaches (a VPC authorization's bound APIs, an ACL's guarded APIs,
 * a backend's APIs in one stage), in one table for every feature. Method and path columns only
 * when some API has them: an ACL's binding list carries neither.
 */
export function PublishedApisTable({ apis, label, empty, compact = false, showStage = true, linkToChain = false }: Props) {
  const { t } = useTranslation();
  if (apis.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  const detailed = !compact && apis.some((api) => api.method || api.path);
  return (
    <Table.ScrollContainer minWidth={detailed ? 640 : 320}>
      <Table verticalSpacing="xs" striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('components.publishedApis.group')}</Table.Th>
            {showStage ? <Table.Th>{t('components.publishedApis.stage')}</Table.Th> : null}
            <Table.Th>{t('components.publishedApis.apiName')}</Table.Th>
            {detailed ? (
              <>
                <Table.Th>{t('components.publishedApis.method')}</Table.Th>
                <Table.Th>{t('components.publishedApis.path')}</Table.Th>
              </>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apis.map((api) => (
            // An ACL's binding list names the stage but has no stage id: the name stands in.
            <Table.Tr key={`${api.groupId}/${api.apiId}@${api.stageId || api.stageName}`}>
              <Table.Td>{api.groupName}</Table.Td>
              {showStage ? (
                <Table.Td>
                  <StageBadge stage={api.stageName} />
                </Table.Td>
              ) : null}
              <Table.Td fw={500}>
                {linkToChain && !compact ? (
                  <Anchor component={Link} to={`/bindings?chain=${encodeURIComponent(apiKeyOf(api))}`} size="sm" fw={500} title={t('components.publishedApis.showChain')}>
                    {api.apiName}
                  </Anchor>
                ) : (
                  api.apiName
                )}
              </Table.Td>
              {detailed ? (
                <>
                  <Table.Td>
                    {api.method ? (
                      <Badge variant="outline" color="gray" size="sm" radius="sm" ff="monospace">
                        {api.method}
                      </Badge>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace" fz="sm">
                    {api.path ?? '—'}
                  </Table.Td>
                </>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
