import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { bracketMatching, foldGutter, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { forceLinting, lintGutter, linter, lintKeymap, type Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { jsonCompletion, jsonSchemaLinter, stateExtensions } from 'codemirror-json-schema';
import { codeColours, codeHighlightStyle } from '@/lib/code-theme';
import { styleNonce } from '@/lib/csp-nonce';
import { withContractMessages } from '../utils/lint-messages';
import classes from './model-editor.module.css';
import type { ModelCheck } from '../utils/model-issues';
import type { ModelJsonSchema } from '../utils/model-schema';

export interface JsonEditorHandle {
  /** Puts the cursor at `offset`, scrolls it into view and focuses the editor. */
  focusAt: (offset: number) => void;
}

interface Props {
  value: string;
  onChange: (text: string) => void;
  /** The draft-04 schema for the in-line lint and completion. */
  schema: ModelJsonSchema;
  /** The contract's check of a text: syntax errors and the contract's words for schema findings. */
  check: (text: string) => ModelCheck;
  /** Marks findings other than broken syntax; off until the person has been shown the errors. */
  lint: boolean;
  label: string;
  ref?: Ref<JsonEditorHandle>;
}

export const editorTheme = EditorView.theme({
  '&': { fontSize: '13px', backgroundColor: 'var(--mantine-color-body)' },
  '&.cm-focused': { outline: '2px solid var(--mantine-primary-color-filled)', outlineOffset: '-1px' },
  '.cm-scroller': { fontFamily: 'var(--mantine-font-family-monospace)', lineHeight: '1.55' },
  ...codeColours,
  '.cm-tooltip-lint code, .cm-diagnostic code': { fontFamily: 'var(--mantine-font-family-monospace)' },
});

/**
 * The smallest change that turns `from` into `to` (common start and end kept), so an update
 * from outside (a form field, Copy from stage) keeps the cursor and the undo history useful.
 */
function minimalChange(from: string, to: string) {
  let start = 0;
  const max = Math.min(from.length, to.length);
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start += 1;
  let end = 0;
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end)) end += 1;
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) };
}

/**
 * CodeMirror 6 over JSON: the lint marks each finding at its line (syntax errors from the
 * contract-aware reader, schema findings from codemirror-json-schema worded as the contract
 * words them), completion offers the type's keys, and Tab stays with the page's focus order.
 */
export function JsonEditor({ value, onChange, schema, check, lint: marks, label, ref }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The latest callbacks, read by the editor's listeners without rebuilding the editor.
  const latest = useRef({ onChange, check, marks });
  useEffect(() => {
    latest.current = { onChange, check, marks };
  });
  // Marks switched on without a change to the text: lint again now, not at the next keystroke.
  useEffect(() => {
    if (view.current) forceLinting(view.current);
  }, [marks]);

  useEffect(() => {
    if (!host.current) return;
    const schemaLint = jsonSchemaLinter();
    const lint = (editor: EditorView): Diagnostic[] => {
      const result = latest.current.check(editor.state.doc.toString());
      if (!result.doc) {
        // The text does not parse: the syntax error, at its place.
        return result.issues.map((issue) => ({
          from: issue.offset,
          to: Math.min(issue.offset + 1, editor.state.doc.length),
          severity: 'error',
          message: issue.message,
          source: 'JSON',
        }));
      }
      return latest.current.marks ? withContractMessages(schemaLint(editor), result) : [];
    };
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          foldGutter(),
          history(),
          drawSelection(),
          indentOnInput(),
          bracketMatching(),
          closeBrackets(),
          highlightActiveLine(),
          json(),
          syntaxHighlighting(codeHighlightStyle),
          stateExtensions(schema),
          jsonLanguage.data.of({ autocomplete: jsonCompletion() }),
          autocompletion(),
          linter(lint, { delay: 250 }),
          lintGutter(),
          keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label }),
          EditorView.cspNonce.of(styleNonce()),
          editorTheme,
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Built once per schema and name; later values are applied as changes (below).
  }, [schema, label]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const current = editor.state.doc.toString();
    if (current !== value) editor.dispatch({ changes: minimalChange(current, value) });
  }, [value]);

  useImperativeHandle(ref, () => ({
    focusAt: (offset: number) => {
      const editor = view.current;
      if (!editor) return;
      const at = Math.max(0, Math.min(offset, editor.state.doc.length));
      editor.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      editor.focus();
    },
  }));

  return <div ref={host} className={classes.editor} />;
}
