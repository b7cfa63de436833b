import { checkBackendModel, type BackendModelData, type BackendType } from '@portico/contracts/backend-models';
import { locate, parseJsonDocument, positionOf, type JsonPath, type ParsedJson } from './json-document';
import { displayPath, pathFromFieldKey } from './model-paths';
import { secretsToRetype } from '@portico/contracts/backend-secrets';
import { maskedWithoutStored } from './secrets';

/** One thing wrong with the model, placed in the text so the editor can move to it. */
export interface ModelIssue {
  /** The JSON path (`[]` for the whole model, or for a syntax error). */
  path: JsonPath;
  /** `VpcConfig.Port must be between 1 and 65535`. */
  message: string;
  offset: number;
  line: number;
  /** `line 3: VpcConfig.Port must be between 1 and 65535` */
  text: string;
}

/** What the editor knows about its text: the parsed model or the syntax error, and every issue. */
export type ModelCheck =
  { valid: true; data: BackendModelData; doc: ParsedJson; issues: [] } | { valid: false; data: BackendModelData | null; doc: ParsedJson | null; issues: ModelIssue[] };

/**
 * Contract messages follow the field's name ("must be between 1 and 65535"); other messages
 * are sentences of their own and follow a colon.
 */
export function issueMessage(path: JsonPath, message: string): string {
  const where = path.length > 0 ? displayPath(path) : 'The model';
  const first = message.charAt(0);
  const continues = first === first.toLowerCase() && first !== first.toUpperCase();
  return continues ? `${where} ${message}` : `${where}: ${message}`;
}

function placed(text: string, doc: ParsedJson | null, path: JsonPath, message: string): ModelIssue {
  const offset = doc ? locate(doc, path).offset : 0;
  const { line } = positionOf(text, offset);
  const full = issueMessage(path, message);
  return { path, message: full, offset, line, text: `line ${line}: ${full}` };
}

const toPath = (path: readonly PropertyKey[]): JsonPath => path.map((segment) => (typeof segment === 'number' ? segment : String(segment)));

const isRecord = (value: unknown): value is BackendModelData => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The authoritative check of the editor's text: JSON syntax first, then the contract's
 * `checkBackendModel` for the backend type, then masked secrets with nothing stored behind
 * them or whose destination changed. Every issue carries the line it is on.
 */
export function checkModelText(type: BackendType, text: string, current: BackendModelData | undefined): ModelCheck {
  const doc = parseJsonDocument(text);
  if (!doc.ok) {
    return {
      valid: false,
      data: null,
      doc: null,
      issues: [{ path: [], message: doc.message, offset: doc.offset, line: doc.line, text: `line ${doc.line}: ${doc.message}` }],
    };
  }
  if (!isRecord(doc.value)) {
    return { valid: false, data: null, doc, issues: [placed(text, doc, [], 'must be a JSON object ({ … })')] };
  }
  const data = doc.value;
  const issues: ModelIssue[] = [];
  const result = checkBackendModel(type, data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = toPath(issue.path);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) issues.push(placed(text, doc, [...path, key], `is not a field of ${type} models`));
      } else {
        issues.push(placed(text, doc, path, issue.message));
      }
    }
  }
  for (const path of maskedWithoutStored(data, current)) {
    issues.push(placed(text, doc, path, 'is masked, but this stage stores no value to keep: enter it'));
  }
  // The same rule the BFF applies: a stored secret never follows a changed server address.
  for (const [key, message] of Object.entries(secretsToRetype(data, current))) {
    issues.push(placed(text, doc, pathFromFieldKey(key), message));
  }
  issues.sort((a, b) => a.offset - b.offset);
  return issues.length === 0 ? { valid: true, data, doc, issues: [] } : { valid: false, data, doc, issues };
}

/** The BFF's field messages (`{"data.ServiceAddress": "must be an http(s) URL"}`) placed in the text. */
export function issuesFromFields(text: string, fields: Record<string, string>): ModelIssue[] {
  const doc = parseJsonDocument(text);
  return Object.entries(fields)
    .filter(([key]) => key === 'data' || key.startsWith('data.'))
    .map(([key, message]) => placed(text, doc.ok ? doc : null, pathFromFieldKey(key), message))
    .sort((a, b) => a.offset - b.offset);
}
