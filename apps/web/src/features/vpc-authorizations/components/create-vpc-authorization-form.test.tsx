// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { renderWithApp } from '@/testing/render';
import { CreateVpcAuthorizationForm } from './create-vpc-authorization-form';

afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await i18n.changeLanguage('en');
});

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function submit() {
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save' })));
}

describe('CreateVpcAuthorizationForm', () => {
  it('when the port is typed as 80.5, then it stays 80.5 and the field says it must be a whole number (no request)', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    renderWithApp(<CreateVpcAuthorizationForm onCreated={vi.fn()} cancelTo="/" />);
    await screen.findByLabelText('Name');
    fill('Name', 'orders-backend');
    fill('VPC ID', 'vpc-uf657qec7lx42paw3qxxx');
    fill('Instance ID', 'i-uf6bzcg1pr4oh5jjmxxx');
    fill('Port', '80.5');
    expect((screen.getByLabelText('Port') as HTMLInputElement).value).toBe('80.5');
    await submit();
    expect(await screen.findByText('Port must be a whole number')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('when the name is 😀 emoji name, then the name field says which characters the cloud takes', async () => {
    renderWithApp(<CreateVpcAuthorizationForm onCreated={vi.fn()} cancelTo="/" />);
    await screen.findByLabelText('Name');
    fill('Name', '😀 emoji name');
    await submit();
    expect(await screen.findByText(/^Name may only contain letters, Chinese characters, digits, hyphens/)).toBeTruthy();
  });

  it('when the console reads Chinese, then the form is labelled in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithApp(<CreateVpcAuthorizationForm onCreated={vi.fn()} cancelTo="/" />);
    expect(await screen.findByLabelText('名称')).toBeTruthy();
    expect(screen.getByLabelText('端口')).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存' })).toBeTruthy();
  });
});
