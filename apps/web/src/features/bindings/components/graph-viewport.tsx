import { useEffect, type RefObject } from 'react';
import { useReactFlow } from '@xyflow/react';

export const MINIMAP = { width: 150, height: 110 };
/** The minimap's width, its margin and a gap: kept free of the graph when it is fitted. */
const MINIMAP_COLUMN = MINIMAP.width + 15 + 16;

/**
 * Shows the graph whenever what it shows changes: all of it when it fits readably, otherwise
 * as wide as the pane from the top (a long column of APIs is scrolled, not shrunk to dots).
 */
export function FitOnChange({ width, height, pane, minimap = true }: { width: number; height: number; pane: RefObject<HTMLDivElement | null>; minimap?: boolean }) {
  const { fitView, setViewport } = useReactFlow();
  useEffect(() => {
    const frame = window.requestAnimationFrame(() => {
      const box = pane.current;
      if (!box || width === 0) return;
      const margin = 24;
      // The minimap has a column of its own on the right: the graph is fitted beside it, never under it.
      const column = minimap ? MINIMAP_COLUMN : margin;
      const usable = box.clientWidth - margin - column;
      const zoom = Math.min(1, usable / width);
      // Without a minimap this is the overview, small by construction: always all of it.
      if (!minimap || height * zoom <= box.clientHeight - 2 * margin)
        void fitView({ padding: { top: `${margin}px`, bottom: `${margin}px`, left: `${margin}px`, right: `${column}px` }, maxZoom: 1, minZoom: 0.1, duration: 0 });
      else void setViewport({ x: margin + (usable - width * zoom) / 2, y: margin, zoom }, { duration: 0 });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [width, height, pane, minimap, fitView, setViewport]);
  return null;
}
