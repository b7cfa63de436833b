import { Badge, Button, Group, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BackendModel, BackendType } from '@portico/contracts/backend-models';
import { StageName } from '@portico/contracts/published-apis';
import { IconChevronDown } from '@/components/ui/icons';

interface Props {
  stage: StageName;
  type: BackendType;
  mode: 'edit' | 'create';
  models: BackendModel[];
  apiCount: number;
  changed: boolean;
  readOnly: boolean;
  onCopyFrom: (stage: StageName) => void;
}

/** Above the editor: Copy from stage, the unsaved mark, and what a save reaches. */
export function ModelEditorToolbar({ stage, type, mode, models, apiCount, changed, readOnly, onCopyFrom }: Props) {
  const { t } = useTranslation();
  const otherStages = StageName.options.filter((s) => s !== stage);
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Group gap="sm">
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button variant="default" rightSection={<IconChevronDown size={14} />} disabled={readOnly}>
              {t('backendModels.editor.copyFrom')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{t('backendModels.editor.copyFromLabel')}</Menu.Label>
            {otherStages.map((s) => {
              const has = models.some((m) => m.stageName === s);
              return (
                <Menu.Item key={s} disabled={!has} onClick={() => onCopyFrom(s)}>
                  {has ? t('backendModels.editor.stageModel', { stage: s }) : t('backendModels.editor.stageNoModel', { stage: s })}
                </Menu.Item>
              );
            })}
          </Menu.Dropdown>
        </Menu>
        {changed ? (
          <Badge color="yellow" variant="light">
            {t('backendModels.editor.unsaved')}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {mode === 'edit' && apiCount > 0 ? t('backendModels.editor.reaches', { count: apiCount, stage }) : t('backendModels.editor.checked', { type })}
      </Text>
    </Group>
  );
}
