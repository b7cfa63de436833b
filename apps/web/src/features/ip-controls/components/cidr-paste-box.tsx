import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CidrRowsState } from '../hooks/use-cidr-rows';
import { monospaceInput } from './cidr-row';

/** A list pasted from elsewhere, split into rows after the ones there are. */
export function CidrPasteBox({ state }: { state: CidrRowsState }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} pl={32}>
      <Textarea
        label={t('ipControls.rows.paste')}
        description={t('ipControls.rows.pasteHint')}
        value={state.pasted}
        onChange={(event) => state.setPasted(event.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={6}
        styles={monospaceInput}
        spellCheck={false}
        autoComplete="off"
      />
      <Group gap="sm">
        <Button variant="default" size="xs" onClick={state.fill} disabled={state.pasted.trim() === ''}>
          {t('ipControls.rows.fill')}
        </Button>
        <Text size="xs" c="dimmed" aria-live="polite">
          {state.filled === null ? '' : t('ipControls.rows.filled', { count: state.filled })}
        </Text>
      </Group>
    </Stack>
  );
}
