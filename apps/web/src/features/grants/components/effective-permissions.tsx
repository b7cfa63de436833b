import { Badge, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EffectiveGrant } from '@portico/contracts/grants';
import { useDescribeGrant, useGrantSource } from '../utils/labels';

/** Everything a person may do, grant by grant, with where each comes from. */
export function EffectivePermissions({ grants, emptyText }: { grants: readonly EffectiveGrant[]; emptyText: string }) {
  const { t } = useTranslation();
  const describe = useDescribeGrant();
  const sourceOf = useGrantSource();
  if (grants.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <List spacing={6} size="sm" aria-label={t('grants.effective')}>
      {grants.map((grant, index) => (
        <List.Item key={grant.grantId ?? `global-${index}`}>
          {describe(grant)}{' '}
          <Badge variant="outline" color="gray" size="sm" tt="none" ml={4}>
            {grant.from === 'you' ? t('grants.from.givenToYou') : sourceOf(grant.from)}
          </Badge>
        </List.Item>
      ))}
    </List>
  );
}
