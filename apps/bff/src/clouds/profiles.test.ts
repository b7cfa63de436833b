import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProfileFile, ProfileFileError } from './profiles.ts';

const SECRET = 'TopSecretValueThatMustNeverBePrinted1';

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'portico-profiles-')), 'profiles.json');
  writeFileSync(path, content);
  return path;
}

function failure(path: string): ProfileFileError {
  try {
    loadProfileFile(path);
  } catch (error) {
    if (error instanceof ProfileFileError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('the profiles file', () => {
  it('when it is not valid JSON, then the error names the file and the place, never the content', () => {
    const path = file(`{"profiles":[{"id":"prod","cloud":"alibaba","accessKeySecret":"${SECRET}" "name":"x"}]}`);
    const error = failure(path);
    expect(error.message).toMatch(new RegExp(`^PORTICO_PROFILES_FILE ${path}: not valid JSON at line 1, column \\d+\\.$`));
    expect(error.message).not.toContain(SECRET);
    expect(error.message).not.toContain('accessKeySecret');
  });

  it('when an entry is wrong, then the error names the fields, never their values', () => {
    const path = file(
      JSON.stringify({
        profiles: [{ id: 'prod', cloud: 'alibaba', name: 'p', region: 'cn-hangzhou', endpoint: 'e', protocol: 'FTP', accessKeyId: 1, accessKeySecret: SECRET }],
      }),
    );
    const error = failure(path);
    expect(error.message).toContain('profiles.0.protocol');
    expect(error.message).toContain('profiles.0.accessKeyId: expected string');
    expect(error.message).not.toContain(SECRET);
  });

  it('when it is missing, then the error says it cannot be read', () => {
    expect(failure('/nonexistent/profiles.json').message).toBe('PORTICO_PROFILES_FILE /nonexistent/profiles.json: cannot be read (ENOENT).');
  });
});
