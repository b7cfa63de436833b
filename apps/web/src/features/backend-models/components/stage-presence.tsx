import { Badge, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StageName } from '@portico/contracts/published-apis';

const stageColors: Record<StageName, string> = { TEST: 'gray', PRE: 'yellow', RELEASE: 'teal' };

/** TEST, PRE and RELEASE in that order: a stage with a model in color, one without in dimmed grey with a dashed outline (still 4.5:1, so readable). */
export function StagePresence({ stages }: { stages: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      {StageName.options.map((stage) => {
        const has = stages.includes(stage);
        return (
          <Badge
            key={stage}
            color={has ? stageColors[stage] : 'gray'}
            variant={has ? 'light' : 'outline'}
            radius="sm"
            size="sm"
            c={has ? undefined : 'dimmed'}
            style={has ? undefined : { borderStyle: 'dashed' }}
            title={has ? t('backendModels.stage.modelIn', { stage }) : t('backendModels.stage.noModelIn', { stage })}
            data-has-model={has}
          >
            {stage}
            {has ? null : <VisuallyHidden>{` ${t('backendModels.stage.noModel')}`}</VisuallyHidden>}
          </Badge>
        );
      })}
    </Group>
  );
}
