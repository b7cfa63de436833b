import { describe, expect, it } from 'vitest';
import { AccessFileError, parseAccessFile } from './access-file.ts';

const YAML = `
grants:
  - group: orders-operators
    role: operator
    scope:
      profiles: [alibaba-prod]
      kinds: [backend-model]
      stages: [TEST, PRE]
      tags: { team: orders }
  - user: ana
    role: viewer
`;

describe('the access file', () => {
  it('when written in YAML with short subjects, then each grant is read as the console stores it', () => {
    expect(parseAccessFile(YAML, 'access.yaml').grants).toEqual([
      {
        subject: { type: 'group', group: 'orders-operators' },
        role: 'operator',
        scope: { profiles: ['alibaba-prod'], kinds: ['backend-model'], stages: ['TEST', 'PRE'], tags: { team: 'orders' } },
      },
      { subject: { type: 'user', username: 'ana' }, role: 'viewer', scope: {} },
    ]);
  });

  it('when written in JSON, then it reads the same', () => {
    const json = JSON.stringify({ grants: [{ subject: { type: 'user', username: 'ana' }, role: 'viewer' }] });
    expect(parseAccessFile(json, 'access.json').grants).toEqual([{ subject: { type: 'user', username: 'ana' }, role: 'viewer', scope: {} }]);
  });

  it.each([
    ['a role that does not exist', 'grants:\n  - group: x\n    role: owner\n', 'access.yaml: grants.0.role'],
    ['a stage that does not exist', 'grants:\n  - group: x\n    role: viewer\n    scope: { stages: [LIVE] }\n', 'grants.0.scope.stages.0'],
    ['an unknown top-level key', 'grant: []\n', 'access.yaml: _'],
    ['broken YAML', 'grants: [\n', 'is not valid YAML'],
    ['broken JSON', '{"grants": ', 'is not valid JSON'],
  ])('when the file has %s, then the error names the file and the place', (_case, text, expected) => {
    const path = text.startsWith('{') ? 'access.json' : 'access.yaml';
    expect(() => parseAccessFile(text, path)).toThrow(AccessFileError);
    expect(() => parseAccessFile(text, path)).toThrow(expected);
  });
});
