/**
 * Stands in for codemirror-json-schema's JSON5 and YAML parsers (see vite.config.ts): Portico
 * edits JSON only, so json5, yaml and their CodeMirror modes stay out of the bundle.
 */
const jsonOnly = (): never => {
  throw new Error('Only JSON is supported here.');
};

export const parseJSON5DocumentState = jsonOnly;
export const parseYAMLDocumentState = jsonOnly;
