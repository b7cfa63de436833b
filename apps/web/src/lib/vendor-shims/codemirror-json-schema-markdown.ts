/**
 * Stands in for codemirror-json-schema's `utils/markdown` (see vite.config.ts). The original
 * renders its lint and hover messages with markdown-it and shiki: a few hundred kB, a
 * WebAssembly highlighter a strict CSP refuses, and HTML set through innerHTML. Its messages
 * are one line with `code` spans, so this escapes the text and keeps only those.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function renderMarkdown(markdown: string, _inline = true): string {
  const escaped = markdown.replace(/[&<>"']/g, (char) => entities[char] ?? char);
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
}
