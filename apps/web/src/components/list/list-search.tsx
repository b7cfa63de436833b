import { CloseButton, TextInput } from '@mantine/core';
import { IconSearch } from '@/components/ui/icons';
import type { ListUrl } from './use-list-url';

/** The search box of a list screen: the URL follows as people type; Enter searches at once. */
export function ListSearch({ list, label = 'Search by name', placeholder = label }: { list: ListUrl; label?: string; placeholder?: string }) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={list.text}
      error={list.searchError ? `Search ${list.searchError}` : undefined}
      onChange={(event) => list.typeSearch(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') list.flushSearch();
      }}
      rightSection={list.text ? <CloseButton size="sm" aria-label="Clear search" onClick={() => list.searchNow('')} /> : null}
      w={{ base: '100%', sm: 340 }}
      type="search"
      autoComplete="off"
    />
  );
}
