import { useMemo } from 'react';
import type { AriaLabelConfig } from '@xyflow/react';
import { useTranslation } from 'react-i18next';

/**
 * React Flow's own words for screen readers (node and edge descriptions, the controls, the
 * minimap), in the reader's language: it writes them in English unless given these.
 */
export function useFlowLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('bindings.flow.node'),
      'node.a11yDescription.keyboardDisabled': t('bindings.flow.node'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) => t('bindings.flow.moved', { direction, x, y }),
      'edge.a11yDescription.default': t('bindings.flow.edge'),
      'controls.ariaLabel': t('bindings.flow.controls'),
      'controls.zoomIn.ariaLabel': t('bindings.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('bindings.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('bindings.flow.fitView'),
      'controls.interactive.ariaLabel': t('bindings.flow.interactive'),
      'minimap.ariaLabel': t('bindings.graph.minimap'),
      'handle.ariaLabel': t('bindings.flow.handle'),
    }),
    [t],
  );
}
