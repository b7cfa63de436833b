import { Badge, List, Text } from '@mantine/core';
import type { EffectiveGrant } from '@portico/contracts/grants';

/** Everything a person may do, grant by grant, with where each comes from. */
export function EffectivePermissions({ grants, emptyText }: { grants: readonly EffectiveGrant[]; emptyText: string }) {
  if (grants.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <List spacing={6} size="sm" aria-label="Effective permissions">
      {grants.map((grant, index) => (
        <List.Item key={grant.grantId ?? `global-${index}`}>
          {grant.description}{' '}
          <Badge variant="outline" color="gray" size="sm" tt="none" ml={4}>
            {grant.from === 'you' ? 'given to you' : grant.from}
          </Badge>
        </List.Item>
      ))}
    </List>
  );
}
