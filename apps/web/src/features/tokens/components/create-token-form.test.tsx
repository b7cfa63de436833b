// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { renderWithApp } from '@/testing/render';
import { CreateTokenForm } from './create-token-form';

beforeEach(async () => {
  await i18n.changeLanguage('zh-CN');
});
afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

describe('CreateTokenForm in Chinese', () => {
  it('when the contract refuses a value in the browser, then the field shows the contract’s message in Chinese', async () => {
    renderWithApp(<CreateTokenForm onCreated={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('有效期（天）'), { target: { value: '400' } });
    fireEvent.click(screen.getByRole('button', { name: '创建令牌' }));
    expect(await screen.findByText('必填')).toBeTruthy();
    expect(await screen.findByText('必须为 1 到 365 天')).toBeTruthy();
    expect(screen.queryByText(/is required|must be/)).toBeNull();
  });

  it('when the BFF answers 400 with keyed fields, then the field shows that key’s message in Chinese, not the English text', async () => {
    const body = {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Invalid body: name: must not contain control characters or < >',
        fields: { name: 'must not contain control characters or < >' },
        issues: [{ path: 'name', key: 'noControlCharsOrAngles', params: {}, message: 'must not contain control characters or < >' }],
      },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json' } })),
    );
    renderWithApp(<CreateTokenForm onCreated={vi.fn()} />);
    fireEvent.change(screen.getByLabelText('名称'), { target: { value: 'nightly export' } });
    fireEvent.click(screen.getByRole('button', { name: '创建令牌' }));
    expect(await screen.findByText('不能包含控制字符或 < >')).toBeTruthy();
    expect(screen.queryByText(/must not contain/)).toBeNull();
  });
});
