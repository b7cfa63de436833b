import { memo, useState } from 'react';
import { Button, Fieldset, Group, List, NumberInput, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert, IconCheck } from '@/components/ui/icons';
import { badLineMessage, parsePastedMappings, type BadLine } from '../utils/paste-mappings';
import { cellValue, type PortRow } from '../utils/port-rows';
import { buildRange, type RangeField, type RangeInput } from '../utils/range-mappings';

const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

const rangeFields: readonly RangeField[] = ['firstClient', 'lastClient', 'firstServer'];

const emptyRange = (): RangeInput => ({ firstClient: Number.NaN, lastClient: Number.NaN, firstServer: Number.NaN });

/** "Add range": client ports A–B to server ports C, C+1, … */
function RangeAdd({ onAdd }: { onAdd: (rows: PortRow[], what: string) => void }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<RangeInput>(emptyRange);
  const [tried, setTried] = useState(false);
  const result = buildRange(range);

  const add = () => {
    if (!result.ok) {
      setTried(true);
      return;
    }
    onAdd(result.rows, t('endpointServices.bulk.addedRange', { summary: result.summary }));
    setRange(emptyRange());
    setTried(false);
  };

  const errorOf = (field: RangeField) => {
    if (result.ok) return undefined;
    const message = result.errors[field];
    // An empty input says so only once Add range was pressed.
    return message && (tried || !Number.isNaN(range[field]))
      ? t('endpointServices.bulk.rangeMessage', { field: t(`endpointServices.bulk.range.${field}`), message })
      : undefined;
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('endpointServices.bulk.aRange')}
      </Text>
      <SimpleGrid cols={3} spacing="xs">
        {rangeFields.map((field) => (
          <NumberInput
            key={field}
            label={t(`endpointServices.bulk.range.${field}`)}
            size="xs"
            value={Number.isNaN(range[field]) ? '' : range[field]}
            onChange={(value) => setRange((r) => ({ ...r, [field]: cellValue(value) }))}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
            error={errorOf(field)}
            hideControls
            allowDecimal={false}
            allowNegative={false}
            inputMode="numeric"
            autoComplete="off"
            styles={monospace}
          />
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <Button variant="default" size="xs" onClick={add}>
          {t('endpointServices.bulk.addRange')}
        </Button>
        <Text size="xs" c="dimmed" aria-live="polite">
          {result.ok ? result.summary : t('endpointServices.bulk.rangeHint')}
        </Text>
      </Group>
    </Stack>
  );
}

interface PasteReport {
  added: number;
  bad: BadLine[];
  refused: string | undefined;
}

/** "Paste mappings": one per line; what cannot be read stays in the box, reported by line number. */
function PasteAdd({ onAdd }: { onAdd: (rows: PortRow[], what: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [report, setReport] = useState<PasteReport | null>(null);

  const add = () => {
    const parsed = parsePastedMappings(text);
    if (parsed.refused) {
      setReport({ added: 0, bad: [], refused: parsed.refused });
      return;
    }
    if (parsed.rows.length > 0) onAdd(parsed.rows, t('endpointServices.bulk.addedPasted', { count: parsed.rows.length }));
    setReport({ added: parsed.rows.length, bad: parsed.bad, refused: undefined });
    // The lines not taken stay, so they can be fixed and added again.
    setText(parsed.bad.map((bad) => bad.text).join('\n'));
  };

  return (
    <Stack gap="xs">
      <Textarea
        label={t('endpointServices.bulk.paste')}
        description={t('endpointServices.bulk.pasteHint')}
        placeholder={'8080:80\n8443:443'}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setReport(null);
        }}
        autosize
        minRows={3}
        maxRows={8}
        styles={monospace}
        spellCheck={false}
        autoComplete="off"
      />
      <Group gap="sm">
        <Button variant="default" size="xs" onClick={add} disabled={text.trim() === ''}>
          {t('endpointServices.bulk.addPasted')}
        </Button>
      </Group>
      <div aria-live="polite">
        {report ? (
          <Stack gap={4}>
            {report.refused ? (
              <Text size="sm" c="red">
                {report.refused}
              </Text>
            ) : (
              <Text size="sm" c={report.added > 0 ? 'teal.8' : 'dimmed'}>
                <IconCheck size={14} style={{ verticalAlign: '-2px', marginRight: 4 }} />
                {report.added > 0 ? t('endpointServices.bulk.added', { count: report.added }) : t('endpointServices.bulk.noneAdded')}
              </Text>
            )}
            {report.bad.length > 0 ? (
              <>
                <Text size="sm" c="red">
                  <IconAlert size={14} style={{ verticalAlign: '-2px', marginRight: 4 }} />
                  {t('endpointServices.bulk.unread', { count: report.bad.length })}
                </Text>
                <List size="sm" spacing={2} c="red" aria-label={t('endpointServices.bulk.linesNotAdded')}>
                  {report.bad.slice(0, 20).map((bad) => (
                    <List.Item key={bad.line}>{badLineMessage(bad)}</List.Item>
                  ))}
                </List>
                {report.bad.length > 20 ? (
                  <Text size="xs" c="dimmed">
                    {t('endpointServices.bulk.moreLines', { count: report.bad.length - 20 })}
                  </Text>
                ) : null}
              </>
            ) : null}
          </Stack>
        ) : null}
      </div>
    </Stack>
  );
}

/**
 * Several mappings at once; they are added after the rows that hold something and checked like
 * any row. Memoized: typing in the table does not re-render (and re-measure) the paste box.
 */
export const BulkAddMappings = memo(function BulkAddMappings({ onAdd }: { onAdd: (rows: PortRow[], what: string) => void }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('endpointServices.bulk.legend')} radius="md" variant="filled">
      <Stack gap="md">
        <RangeAdd onAdd={onAdd} />
        <PasteAdd onAdd={onAdd} />
      </Stack>
    </Fieldset>
  );
});
