import { useEffect, useRef } from 'react';
import { Box, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { json } from '@codemirror/lang-json';
import { syntaxHighlighting } from '@codemirror/language';
import { MergeView } from '@codemirror/merge';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { codeHighlightStyle } from '@/lib/code-theme';
import { styleNonce } from '@/lib/csp-nonce';
import { editorTheme } from './json-editor';
import classes from './model-editor.module.css';

interface Props {
  /** The model now, secrets masked; `null` when the stage has none. */
  current: string | null;
  next: string;
  stage: string;
}

const readOnly = (label: string): Extension => [
  lineNumbers(),
  json(),
  syntaxHighlighting(codeHighlightStyle),
  EditorState.readOnly.of(true),
  EditorView.editable.of(false),
  EditorView.lineWrapping,
  EditorView.contentAttributes.of({ 'aria-label': label }),
  EditorView.cspNonce.of(styleNonce()),
  editorTheme,
];

/** The current model and the new one side by side (@codemirror/merge), read-only. */
export function ModelDiff({ current, next, stage }: Props) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!host.current) return;
    const merge = new MergeView({
      parent: host.current,
      a: { doc: current ?? '', extensions: readOnly(t('backendModels.diff.currentIn', { stage })) },
      b: { doc: next, extensions: readOnly(t('backendModels.diff.newIn', { stage })) },
      highlightChanges: true,
      gutter: true,
      collapseUnchanged: { margin: 4, minSize: 10 },
    });
    return () => merge.destroy();
  }, [current, next, stage, t]);

  return (
    <Box component="section" aria-label={t('backendModels.diff.label')} className={classes.diff}>
      <SimpleGrid cols={2} spacing={0} className={classes.diffLabels}>
        <Text size="sm" fw={600} px="sm" py={6}>
          {t('components.review.current')}
          {current === null ? (
            <Text span c="dimmed" size="sm">
              {` ${t('backendModels.diff.noModel', { stage })}`}
            </Text>
          ) : null}
        </Text>
        <Text size="sm" fw={600} px="sm" py={6}>
          {t('components.review.new')}
        </Text>
      </SimpleGrid>
      <div ref={host} />
    </Box>
  );
}
