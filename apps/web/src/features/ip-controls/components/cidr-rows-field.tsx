import { useId } from 'react';
import { Box, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SiblingItem } from '@portico/contracts/cidr';
import type { IpControlType } from '@portico/contracts/ip-controls';
import { fieldMessage } from '@/components/form/server-errors';
import { useCidrRows } from '../hooks/use-cidr-rows';
import { CidrPasteBox } from './cidr-paste-box';
import { CidrRow } from './cidr-row';

/**
 * The item's addresses and blocks, one row each, held in the form as `cidrs: string[]`.
 * Messages are worked out as the person types from the contract's rules (`checkRows`); the
 * form's own errors (a failed submit, the BFF's `cidrs.N` fields) show where those are silent.
 */
export function CidrRowsField({ type, otherItems = [] }: { type: IpControlType; otherItems?: readonly SiblingItem[] }) {
  const { t } = useTranslation();
  const state = useCidrRows(type, otherItems);
  const counterId = useId();
  return (
    <Fieldset legend={t('ipControls.rows.legend')} radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('ipControls.rows.hint')}
          </Text>
          <Group gap={6} wrap="nowrap" id={counterId} aria-live="polite">
            <Text span size="sm" c="dimmed">
              {t('ipControls.rows.entries')}
            </Text>
            <Text span size="sm" fw={600} ff="monospace" c={state.counter.over ? 'red.7' : undefined} data-over={state.counter.over || undefined}>
              {state.counter.text}
            </Text>
          </Group>
        </Group>

        {state.listMessage ? (
          <Text id={state.listErrorId} size="sm" c="red" role="alert" tabIndex={-1}>
            {fieldMessage(t('ipControls.rows.aPolicyItem'), state.listMessage)}
          </Text>
        ) : null}

        <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('ipControls.rows.entries')}>
          {state.rows.map((_, index) => (
            <Box component="li" key={index}>
              <CidrRow state={state} index={index} />
            </Box>
          ))}
        </Stack>

        <Group gap="sm" pl={32}>
          <Button variant="light" size="xs" onClick={state.add} disabled={state.full}>
            {t('ipControls.rows.add')}
          </Button>
          {state.full ? (
            <Text size="xs" c="dimmed">
              {t('ipControls.rows.full', { max: state.counter.max })}
            </Text>
          ) : null}
        </Group>

        <CidrPasteBox state={state} />
      </Stack>
    </Fieldset>
  );
}
