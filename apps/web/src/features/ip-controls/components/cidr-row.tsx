import { ActionIcon, Group, Stack, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert, IconX } from '@/components/ui/icons';
import type { CidrRowsState } from '../hooks/use-cidr-rows';
import { rowMessage } from '../utils/cidr-rows';

export const monospaceInput = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

/** One entry: its input, its message or warnings under it, and its remove button. */
export function CidrRow({ state, index }: { state: CidrRowsState; index: number }) {
  const { t } = useTranslation();
  const row = state.rows[index] ?? '';
  const label = t('ipControls.rows.entry', { number: index + 1 });
  const remove = t('ipControls.rows.removeEntry', { number: index + 1 });
  const warnings = state.warningsOf(index);
  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <Text size="sm" c="dimmed" w={24} ta="right" pt={7} aria-hidden>
        {index + 1}.
      </Text>
      <TextInput
        ref={(element) => {
          state.inputs.current[index] = element;
        }}
        aria-label={label}
        aria-describedby={state.listMessage ? state.listErrorId : undefined}
        value={row}
        onChange={(event) => state.update(index, event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          state.next(index);
        }}
        error={rowMessage(label, row, state.messageOf(index))}
        description={
          warnings.length > 0 ? (
            <Stack gap={2} component="span">
              {warnings.map((warning) => (
                <Text key={warning} span size="xs" c="orange">
                  <IconAlert size={12} style={{ verticalAlign: '-2px', marginRight: 4 }} />
                  {warning}
                </Text>
              ))}
            </Stack>
          ) : undefined
        }
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        placeholder={index === 0 ? '203.0.113.0/24' : undefined}
        styles={monospaceInput}
        flex={1}
        autoComplete="off"
        spellCheck={false}
      />
      <Tooltip label={remove} withArrow>
        <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => state.remove(index)} disabled={state.rows.length === 1 && row === ''}>
          <IconX size={16} />
          {/* Named by its text, not aria-label: a label "Remove entry 1" would also answer to "Entry 1". */}
          <VisuallyHidden>{remove}</VisuallyHidden>
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
