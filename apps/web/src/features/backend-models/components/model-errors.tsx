import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconAlert, IconCheck } from '@/components/ui/icons';
import { useTranslation } from 'react-i18next';
import type { ModelIssue } from '../utils/model-issues';
import classes from './model-editor.module.css';

interface Props {
  issues: readonly ModelIssue[];
  /** What the model is checked against, for the all-clear: "HTTP". */
  type: string;
  /** Set when these are the BFF's answer to a save rather than the editor's own check. */
  fromServer?: boolean;
  /** Whether the model passes the check; false with no issues means they are not shown yet (nothing touched). */
  clear: boolean;
  onSelect: (issue: ModelIssue) => void;
}

/** Every finding with its line; choosing one moves the editor's cursor there. */
export function ModelErrors({ issues, type, fromServer = false, clear, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-label={t('backendModels.errors.label')}>
      {issues.length === 0 && !clear ? null : issues.length === 0 ? (
        <Group gap={6} c="teal">
          <IconCheck size={16} />
          <Text size="sm">{t('backendModels.errors.none', { type })}</Text>
        </Group>
      ) : (
        <Stack gap={4}>
          <Group gap={6} c="red">
            <IconAlert size={16} />
            <Text size="sm" fw={600}>
              {fromServer ? t('backendModels.errors.refused', { count: issues.length }) : t('backendModels.errors.count', { count: issues.length })}
            </Text>
          </Group>
          <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {issues.map((issue) => (
              <li key={`${issue.offset}:${issue.text}`}>
                <UnstyledButton onClick={() => onSelect(issue)} className={classes.error} title={t('backendModels.errors.goTo')}>
                  <Text size="sm" ff="monospace" c="red">
                    {issue.text}
                  </Text>
                </UnstyledButton>
              </li>
            ))}
          </Stack>
        </Stack>
      )}
    </section>
  );
}
