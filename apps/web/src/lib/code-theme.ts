import { HighlightStyle } from '@codemirror/language';
import { tags } from '@lezer/highlight';

/**
 * CodeMirror in both colour schemes without rebuilding an editor when the scheme changes: every
 * colour is a CSS variable whose value follows the page's scheme (app/styles.css), so the same
 * extensions serve light and dark. The syntax colours replace `defaultHighlightStyle`, whose
 * dark reds and blues were meant for a white page only.
 */
export const codeHighlightStyle = HighlightStyle.define([
  { tag: tags.string, color: 'var(--portico-code-string)' },
  { tag: tags.number, color: 'var(--portico-code-number)' },
  { tag: [tags.bool, tags.null, tags.atom], color: 'var(--portico-code-atom)' },
  { tag: tags.propertyName, color: 'var(--portico-code-property)' },
  { tag: [tags.punctuation, tags.separator, tags.brace, tags.squareBracket], color: 'var(--portico-code-punctuation)' },
  { tag: tags.invalid, color: 'var(--mantine-color-error)' },
]);

/** The editor chrome's colours, for an `EditorView.theme` spec (the base theme's are for white pages). */
export const codeColours = {
  '.cm-content': { color: 'var(--mantine-color-text)', caretColor: 'var(--mantine-color-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--mantine-color-text)' },
  '.cm-gutters': { backgroundColor: 'var(--portico-code-gutter)', color: 'var(--portico-code-gutter-text)', borderRight: '1px solid var(--mantine-color-default-border)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'var(--portico-code-active-line)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'var(--portico-code-selection)',
  },
  '.cm-tooltip': { backgroundColor: 'var(--mantine-color-body)', color: 'var(--mantine-color-text)', border: '1px solid var(--mantine-color-default-border)' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--mantine-primary-color-filled)', color: 'var(--mantine-color-white)' },
  '.cm-panels': { backgroundColor: 'var(--portico-code-gutter)', color: 'var(--mantine-color-text)' },
  '.cm-foldPlaceholder': { backgroundColor: 'var(--portico-code-gutter)', color: 'var(--mantine-color-dimmed)', border: '1px solid var(--mantine-color-default-border)' },
};
