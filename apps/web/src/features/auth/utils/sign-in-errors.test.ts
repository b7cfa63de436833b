import { describe, expect, it } from 'vitest';
import { OidcSignInError } from '@portico/contracts/sso';
import { signInErrorMessage } from './sign-in-errors';

describe('signInErrorMessage', () => {
  it('when the BFF sends back any of its codes, then there is a sentence for it', () => {
    for (const code of OidcSignInError.options) expect(signInErrorMessage(code)).toMatch(/\.$/);
    expect(signInErrorMessage('no_access')).toContain('Your groups give you no access to Portico');
  });

  it('when the code is unknown or missing (a hand-made URL), then nothing is said', () => {
    expect(signInErrorMessage('<script>')).toBeUndefined();
    expect(signInErrorMessage(null)).toBeUndefined();
  });
});
