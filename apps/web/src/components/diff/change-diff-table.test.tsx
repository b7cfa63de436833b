// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { AUDIT_SECRET_CHANGED, AUDIT_SECRET_MASK } from '@portico/contracts/audit-secrets';
import { renderWithApp } from '@/testing/render';
import { ChangeDiffTable } from './change-diff-table';

afterEach(cleanup);

const nacos = (password: string) => ({ Type: 'NACOS', NacosConfig: { ServerAddress: 'http://nacos:8848', UserName: 'svc', Password: password } });
const port = (n: number) => ({ clientPort: n, serverPort: n + 1000, protocol: 'TCP' });

describe('ChangeDiffTable', () => {
  it('when a secret was rotated, then it says "Password: changed" and shows no value', () => {
    renderWithApp(<ChangeDiffTable before={nacos(AUDIT_SECRET_MASK)} after={nacos(AUDIT_SECRET_CHANGED)} />);
    expect(screen.getByTestId('diff-summary').textContent).toContain('Password: changed');
    expect(screen.queryByText('No field differs')).toBeNull();
    expect(screen.getByText('changed (not shown)')).toBeTruthy();
    expect(document.body.textContent).not.toContain(AUDIT_SECRET_CHANGED);
  });

  it('when 160 port mappings are added, then one line says so with a table of them, not a row per field', () => {
    const before = { id: 's', ports: [port(1)] };
    const after = { id: 's', ports: [port(1), ...Array.from({ length: 160 }, (_, i) => port(i + 10))] };
    renderWithApp(<ChangeDiffTable before={before} after={after} />);
    expect(screen.getByText('160 port mappings added · 1 unchanged')).toBeTruthy();
    const items = document.querySelector('table[aria-label="port mappings: items added and removed"]');
    expect(items?.querySelectorAll('tbody tr')).toHaveLength(160);
    expect(document.body.textContent).not.toContain('ports.40');
  }, 30_000);

  it('when some fields are unchanged, then only what differs shows until the switch is turned off', () => {
    renderWithApp(<ChangeDiffTable before={{ a: 1, b: 2 }} after={{ a: 1, b: 3 }} />);
    const switchInput = screen.getByRole('switch', { name: 'Only what differs' });
    expect((switchInput as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText('a')).toBeNull();
    fireEvent.click(switchInput);
    expect(screen.getByText('a')).toBeTruthy();
  });
});
