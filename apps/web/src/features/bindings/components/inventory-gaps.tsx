import { Alert, List, Text } from '@mantine/core';
import { IconAlert } from '@/components/ui/icons';

/** Parts of the clouds that could not be read: everything else is shown, but this is missing. */
export function InventoryGaps({ gaps }: { gaps: string[] }) {
  if (gaps.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlert />} title="Parts of the inventory could not be read" component="section" aria-label="Gaps">
      <Text size="sm" mb={4}>
        What follows is missing from the graph and the tables. Refresh to try again.
      </Text>
      <List size="sm" spacing={2}>
        {gaps.map((gap) => (
          <List.Item key={gap}>{gap}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
