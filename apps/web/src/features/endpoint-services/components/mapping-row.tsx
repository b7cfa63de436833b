import { memo, type KeyboardEvent } from 'react';
import { ActionIcon, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconX } from '@/components/ui/icons';
import { cellKey } from '../hooks/use-port-mapping-editor';
import { cellValue, type PortField } from '../utils/port-rows';

const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

export interface MappingRowProps {
  index: number;
  clientPort: number;
  serverPort: number;
  protocol: string;
  clientError: string | undefined;
  serverError: string | undefined;
  /** Part of a repeated client port: this row or the one it repeats. */
  duplicate: boolean;
  /** On the first of repeated rows: the later rows that repeat it ("5, 9"), as a string so the memo holds. */
  repeatedIn: string | undefined;
  repeatedCount: number;
  blank: boolean;
  onCell: (index: number, field: PortField, value: number) => void;
  onRemove: (index: number) => void;
  onEnter: (index: number, field: PortField) => void;
  registerInput: (key: string, element: HTMLInputElement | null) => void;
}

const digits = (text: string) => cellValue(text.replace(/\D/g, ''));

/**
 * One mapping. Memoized on plain values, so typing in one cell re-renders that row (and rows
 * whose messages change), not all 200.
 */
export const MappingRow = memo(function MappingRow({
  index,
  clientPort,
  serverPort,
  protocol,
  clientError,
  serverError,
  duplicate,
  repeatedIn,
  repeatedCount,
  blank,
  onCell,
  onRemove,
  onEnter,
  registerInput,
}: MappingRowProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const enter = (field: PortField) => (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter moves on (server port, then the next row) instead of submitting the form.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    onEnter(index, field);
  };
  return (
    // Plain cells (styled by the table's class): 200 rows of Mantine Td components cost more than they give.
    <tr className="portico-port-row" data-duplicate={duplicate || undefined} data-invalid={Boolean(clientError || serverError) || undefined}>
      <td className="portico-port-index" aria-hidden>
        {n}
      </td>
      <td>
        <TextInput
          ref={(element) => registerInput(cellKey(index, 'clientPort'), element)}
          aria-label={t('endpointServices.editor.clientPortN', { n })}
          value={Number.isNaN(clientPort) ? '' : clientPort}
          onChange={(event) => onCell(index, 'clientPort', digits(event.currentTarget.value))}
          onKeyDown={enter('clientPort')}
          error={clientError}
          description={repeatedIn ? t('endpointServices.editor.mappedAgainIn', { count: repeatedCount, rows: repeatedIn }) : undefined}
          inputWrapperOrder={['label', 'input', 'error', 'description']}
          placeholder={blank ? '8080' : undefined}
          inputMode="numeric"
          autoComplete="off"
          styles={monospace}
        />
      </td>
      <td className="portico-port-arrow" aria-hidden>
        →
      </td>
      <td>
        <TextInput
          ref={(element) => registerInput(cellKey(index, 'serverPort'), element)}
          aria-label={t('endpointServices.editor.serverPortN', { n })}
          value={Number.isNaN(serverPort) ? '' : serverPort}
          onChange={(event) => onCell(index, 'serverPort', digits(event.currentTarget.value))}
          onKeyDown={enter('serverPort')}
          error={serverError}
          placeholder={blank ? '80' : undefined}
          inputMode="numeric"
          autoComplete="off"
          styles={monospace}
        />
      </td>
      <td className="portico-port-protocol">{protocol}</td>
      <td className="portico-port-remove">
        <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => onRemove(index)}>
          <IconX size={16} />
          {/* Named by its text, not aria-label, like the other row editors. */}
          <VisuallyHidden>{t('endpointServices.editor.removeN', { n })}</VisuallyHidden>
        </ActionIcon>
      </td>
    </tr>
  );
});
