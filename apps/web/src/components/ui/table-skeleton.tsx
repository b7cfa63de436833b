import { Skeleton, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Placeholder rows with the real headers, so the page does not jump when data arrives. */
export function TableSkeleton({ headers, rows = 5, label }: { headers: string[]; rows?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <Table aria-busy="true" aria-label={label ?? t('components.load.loading')} verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          {headers.map((header) => (
            <Table.Th key={header}>{header}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {Array.from({ length: rows }, (_, row) => (
          <Table.Tr key={row}>
            {headers.map((header) => (
              <Table.Td key={header}>
                <Skeleton height={12} radius="sm" width={`${55 + ((row * 17 + header.length * 7) % 40)}%`} />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
