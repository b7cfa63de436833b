import { describe, expect, it } from 'vitest';
import { OidcSignInError } from '@portico/contracts/sso';
import { i18n } from '@/lib/i18n/i18n';
import { signInErrorKey } from './sign-in-errors';

describe('signInErrorKey', () => {
  it('when the BFF sends back any of its codes, then there is a sentence for it in English and in Chinese', () => {
    for (const code of OidcSignInError.options) {
      const key = signInErrorKey(code)!;
      expect(i18n.t(key, { lng: 'en' })).toMatch(/\.$/);
      expect(i18n.t(key, { lng: 'zh-CN' })).toMatch(/。$/);
    }
    expect(i18n.t(signInErrorKey('no_access')!, { lng: 'en' })).toContain('Your groups give you no access to Portico');
  });

  it('when the code is unknown or missing (a hand-made URL), then nothing is said', () => {
    expect(signInErrorKey('<script>')).toBeUndefined();
    expect(signInErrorKey(null)).toBeUndefined();
  });
});
