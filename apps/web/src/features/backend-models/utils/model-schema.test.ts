import { describe, expect, it } from 'vitest';
import { json } from '@codemirror/lang-json';
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { JSONValidation, stateExtensions } from 'codemirror-json-schema';
import type { BackendType } from '@portico/contracts/backend-models';
import { withContractMessages } from './lint-messages';
import { checkModelText } from './model-issues';
import { formatModel } from './model-fields';
import { modelJsonSchema } from './model-schema';

/** What the editor's in-line lint reports, through codemirror-json-schema itself (no DOM needed). */
function schemaLint(type: BackendType, doc: string) {
  const state = EditorState.create({ doc, extensions: [json(), stateExtensions(modelJsonSchema(type))] });
  ensureSyntaxTree(state, state.doc.length, 5_000);
  return { state, diagnostics: new JSONValidation().doValidation({ state } as unknown as EditorView) };
}

function lint(type: BackendType, data: unknown) {
  const { state, diagnostics } = schemaLint(type, formatModel(data));
  return diagnostics.map((d) => ({ line: state.doc.lineAt(d.from).number, message: d.message }));
}

const vpc = (port: number) => ({ Type: 'VPC', VpcConfig: { VpcId: 'vpc-1', InstanceId: 'i-1', Port: port } });

// The first lint compiles the schema validator: seconds on a busy machine, past the default 5 s.
describe('modelJsonSchema (draft-04, for the in-line lint)', { timeout: 30_000 }, () => {
  it('when it is generated, then it is draft-04', () => {
    expect(modelJsonSchema('VPC').$schema).toBe('http://json-schema.org/draft-04/schema#');
  });

  it('when a port is 70000, then the lint flags it at the line of its value', () => {
    const [diagnostic, ...rest] = lint('VPC', vpc(70000));
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ line: 6, message: expect.stringMatching(/65535/) });
    expect(lint('VPC', vpc(65535))).toEqual([]);
    expect(lint('VPC', vpc(0))).toHaveLength(1);
  });

  it('when a service address is not an http(s) URL, then the lint flags it', () => {
    expect(lint('HTTP', { Type: 'HTTP', ServiceAddress: 'http://catalog.internal:8080' })).toEqual([]);
    const [diagnostic] = lint('HTTP', { Type: 'HTTP', ServiceAddress: 'ftp://catalog' });
    expect(diagnostic).toMatchObject({ line: 3, message: expect.stringMatching(/should match/) });
  });

  it('when a key is not part of the type or a value has the wrong type, then the lint flags those too', () => {
    expect(lint('OSS', { Type: 'OSS', OssConfig: { OssRegionId: 'cn-hangzhou', BucketName: 'bucket-1', Extra: 1 } })).toHaveLength(1);
    expect(lint('HTTP', { Type: 'HTTP', ServiceAddress: 'http://a', ServiceTimeout: '10s' })).toHaveLength(1);
  });

  it('when the contract has words for the same path, then the editor shows those instead of the schema’s', () => {
    const text = formatModel({ Type: 'HTTP', ServiceAddress: 'ftp://catalog', Colour: 1 });
    const { state, diagnostics } = schemaLint('HTTP', text);
    const shown = withContractMessages(diagnostics, checkModelText('HTTP', text, undefined));
    expect(shown.map((d) => [state.doc.lineAt(d.from).number, d.message]).sort()).toEqual([
      [3, 'ServiceAddress must be an http(s) URL'],
      [4, 'Colour is not a field of HTTP models'],
    ]);
    expect(shown.every((d) => d.renderMessage === undefined)).toBe(true);
  });
});
