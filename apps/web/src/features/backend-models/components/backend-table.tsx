import { Anchor, Table, Text } from '@mantine/core';
import type { BackendListItem } from '@portico/contracts/backend-models';
import { Link } from 'react-router';
import { BackendTypeBadge } from './backend-type-badge';
import { StagePresence } from './stage-presence';

export const backendColumns = ['Name', 'Type', 'Models', 'Description'];

export const backendPath = (id: string, query?: { stage?: string; task?: string }) => {
  const search = new URLSearchParams();
  if (query?.stage) search.set('stage', query.stage);
  if (query?.task) search.set('task', query.task);
  const text = search.toString();
  return `/backend-models/${encodeURIComponent(id)}${text ? `?${text}` : ''}`;
};

export const modelEditorPath = (id: string, stage: string, mode: 'edit' | 'new') =>
  `/backend-models/${encodeURIComponent(id)}/${encodeURIComponent(stage)}/${mode}`;

interface Props {
  items: BackendListItem[];
  onOpen: (id: string) => void;
  /** Dims the rows while the next page, search or filter loads in their place. */
  stale?: boolean;
}

export function BackendTable({ items, onOpen, stale = false }: Props) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Backend services" aria-busy={stale} opacity={stale ? 0.6 : 1}>
        <Table.Thead>
          <Table.Tr>
            {backendColumns.map((column) => (
              <Table.Th key={column} className="portico-nowrap">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} onClick={() => onOpen(item.id)} className="portico-clickable-row">
              <Table.Td className="portico-nowrap">
                {/* The link makes the row reachable by keyboard; the row click is a shortcut. */}
                <Anchor component={Link} to={backendPath(item.id)} fw={500} onClick={(e) => e.stopPropagation()}>
                  {item.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <BackendTypeBadge type={item.type} />
              </Table.Td>
              <Table.Td>
                <StagePresence stages={item.stages} />
              </Table.Td>
              <Table.Td>
                {item.description ? (
                  <Text span size="sm" lineClamp={2}>
                    {item.description}
                  </Text>
                ) : (
                  <Text span c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
