import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import rule from './no-literal-jsx-text.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } } });
const error = { messageId: 'literal' };

tester.run('no-literal-jsx-text', rule, {
  valid: [
    { code: "const a = <Button>{t('signIn.submit')}</Button>;" },
    { code: 'const a = <TextInput label={t(\'signIn.username\')} name="username" autoComplete="username" />;' },
    { code: 'const a = <Text>{user.displayName} · {profile.region} — ✓ 42</Text>;' },
    { code: 'const a = <Text fw={700}>Portico</Text>;', options: [{ allow: ['Portico'] }] },
    { code: 'const a = <Badge color="teal" variant="light" data-testid="profile-name" />;' },
  ],
  invalid: [
    { code: 'const a = <Button>Sign in</Button>;', errors: [error] },
    { code: 'const a = <TextInput label="Username" />;', errors: [error] },
    { code: "const a = <Loader aria-label={'Checking your session'} />;", errors: [error] },
    { code: "const a = <Alert title={failed ? 'Not saved' : 'Saved'} />;", errors: [error, error] },
    { code: "const a = <Text>{count > 1 ? 'items' : t('one')}</Text>;", errors: [error] },
    { code: 'const a = <Text>{`${count} minutes without activity`}</Text>;', errors: [error] },
    { code: 'const a = <Text>登录</Text>;', errors: [error] },
  ],
});

describe('the rule in the repository config', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
  const fixture = 'export function X() {\n  return <p title="Hello">Hard-coded text</p>;\n}\n';

  it('when a translated file gets a hard-coded string, then lint fails on it; a file not yet translated is left alone', async () => {
    const eslint = new ESLint({ cwd: root });
    const [translated] = await eslint.lintText(fixture, { filePath: join(root, 'apps/web/src/app/routes/not-found.tsx') });
    const hits = translated!.messages.filter((m) => m.ruleId === 'portico/no-literal-jsx-text');
    expect(hits.map((m) => m.line)).toEqual([2, 2]);
    const [untranslated] = await eslint.lintText(fixture, { filePath: join(root, 'apps/web/src/features/not-yet-translated/components/example.tsx') });
    expect(untranslated!.messages.filter((m) => m.ruleId === 'portico/no-literal-jsx-text')).toEqual([]);
  }, 60_000);
});
