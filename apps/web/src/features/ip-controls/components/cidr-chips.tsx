import { Badge, Group } from '@mantine/core';
import { isWideBlock } from '@portico/contracts/cidr';

interface Props {
  cidrs: readonly string[];
  color?: string;
  label?: string;
  /** Marks blocks so wide they let in (or shut out) a large part of the internet. */
  flagWide?: boolean;
}

/** The entries of a policy item, one monospace chip each; as a list, so screen readers count them. */
export function CidrChips({ cidrs, color = 'gray', label, flagWide = false }: Props) {
  return (
    <Group gap={6} component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {cidrs.map((cidr) => {
        const wide = flagWide && isWideBlock(cidr);
        return (
          <Badge
            key={cidr}
            component="li"
            variant="light"
            color={wide ? 'orange' : color}
            radius="sm"
            size="md"
            ff="monospace"
            tt="none"
            fw={500}
            title={wide ? 'A very wide block' : undefined}
          >
            {cidr}
            {wide ? ' (very wide)' : ''}
          </Badge>
        );
      })}
    </Group>
  );
}
