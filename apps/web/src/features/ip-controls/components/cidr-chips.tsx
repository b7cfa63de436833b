import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isWideBlock, parseCidr } from '@portico/contracts/cidr';

interface Props {
  cidrs: readonly string[];
  color?: string;
  label?: string;
  /** Marks blocks so wide they let in (or shut out) a large part of the internet. */
  flagWide?: boolean;
}

/** The entries of a policy item, one monospace chip each; as a list, so screen readers count them. */
export function CidrChips({ cidrs, color = 'gray', label, flagWide = false }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={6} component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {cidrs.map((cidr) => {
        const wide = flagWide && isWideBlock(cidr);
        // 0.0.0.0/0 and ::/0 are not "wide": they are every address.
        const every = wide && parseCidr(cidr)?.prefix === 0;
        const mark = every ? t('ipControls.chips.every') : t('ipControls.chips.wide');
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
            // A chip wraps inside a narrow cell instead of hiding its end ("every addr…").
            h="auto"
            maw="100%"
            styles={{ label: { whiteSpace: 'normal', overflowWrap: 'anywhere', overflow: 'visible' } }}
            title={wide ? (every ? t('ipControls.chips.everyTitle') : t('ipControls.chips.wideTitle')) : undefined}
          >
            {cidr}
            {wide ? ` (${mark})` : ''}
          </Badge>
        );
      })}
    </Group>
  );
}
