import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@/components/ui/icons';
import { useTranslation } from 'react-i18next';
import type { ListUrl } from './use-list-url';

/** The search box of a list screen: the URL follows as people type; Enter searches at once. */
export function ListSearch({ list, label, placeholder }: { list: ListUrl; label?: string; placeholder?: string }) {
  const { t } = useTranslation();
  const shownLabel = label ?? t('list.searchByName');
  return (
    <TextInput
      label={shownLabel}
      placeholder={placeholder ?? shownLabel}
      leftSection={<IconSearch size={16} />}
      value={list.text}
      error={list.searchError ? t('list.searchError', { message: list.searchError }) : undefined}
      onChange={(event) => list.typeSearch(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') list.flushSearch();
      }}
      rightSection={list.text ? <CloseButton size="sm" aria-label={t('list.clearSearch')} onClick={() => list.searchNow('')} /> : null}
      w={{ base: '100%', sm: 340 }}
      type="search"
      autoComplete="off"
    />
  );
}
