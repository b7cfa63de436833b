import { Badge } from '@mantine/core';

const typeColors: Record<string, string> = {
  HTTP: 'blue',
  VPC: 'indigo',
  OSS: 'orange',
  FC_EVENT: 'grape',
  FC_HTTP: 'grape',
  FC_EVENT_V3: 'violet',
  FC_HTTP_V3: 'violet',
  MOCK: 'gray',
  EVENTBRIDGE: 'cyan',
};

/** The backend type as the cloud names it (HTTP, VPC, FC_HTTP…); a type the console does not know stays gray. */
export function BackendTypeBadge({ type }: { type: string }) {
  return (
    <Badge color={typeColors[type] ?? 'gray'} variant="light" radius="sm" size="sm" miw="max-content" ff="monospace">
      {type}
    </Badge>
  );
}
