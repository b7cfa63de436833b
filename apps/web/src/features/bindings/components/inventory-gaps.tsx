import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert } from '@/components/ui/icons';

/** Parts of the clouds that could not be read: everything else is shown, but this is missing. */
export function InventoryGaps({ gaps }: { gaps: string[] }) {
  const { t } = useTranslation();
  if (gaps.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlert />} title={t('bindings.gaps.title')} component="section" aria-label={t('bindings.gaps.label')}>
      <Text size="sm" mb={4}>
        {t('bindings.gaps.hint')}
      </Text>
      <List size="sm" spacing={2}>
        {gaps.map((gap) => (
          <List.Item key={gap}>{gap}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
