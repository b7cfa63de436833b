// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { renderWithApp } from '@/testing/render';
import { ReviewDialog } from './review-dialog';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

const fields = [
  { key: 'port', label: 'Port', current: '80', next: '8080', changed: true },
  { key: 'vpcId', label: 'VPC ID', current: 'vpc-a', next: 'vpc-a', changed: false },
];

function renderDialog(props: Partial<Parameters<typeof ReviewDialog>[0]> = {}) {
  const onClose = vi.fn();
  const onConfirm = vi.fn();
  renderWithApp(
    <ReviewDialog
      opened
      onClose={onClose}
      onConfirm={onConfirm}
      title="Review changes to “orders”"
      saving={false}
      error={null}
      errorTitle="The changes were not saved"
      fields={fields}
      warnings={['10.0.0.0/8 is a very wide block', '10.0.0.1 is inside 10.0.0.0/8']}
      {...props}
    >
      <p>Only this resource’s part</p>
    </ReviewDialog>,
  );
  return { onClose, onConfirm };
}

describe('ReviewDialog', () => {
  it('when open, then it shows Field, Current and New, marks the changed row, and keeps the feature’s part', async () => {
    renderDialog();
    const table = await screen.findByRole('table', { name: 'Changes' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Field', 'Current', 'New']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.getAttribute('data-changed'))).toEqual(['true', 'false']);
    expect(within(rows[0]!).getByText('changed')).toBeTruthy();
    expect(within(rows[0]!).getByText('8080')).toBeTruthy();
    expect(screen.getByText('Only this resource’s part')).toBeTruthy();
  });

  it('when there are warnings, then the review repeats every one of them', async () => {
    renderDialog();
    const list = await screen.findByRole('list', { name: 'Warnings' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['10.0.0.0/8 is a very wide block', '10.0.0.1 is inside 10.0.0.0/8']);
    expect(screen.getByText('2 warnings')).toBeTruthy();
  });

  it('when Confirm and save is pressed, then it confirms; Back to edit goes back', async () => {
    const { onClose, onConfirm } = renderDialog();
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm and save' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Back to edit' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('when nothing would change, then Confirm is disabled', async () => {
    renderDialog({ confirmDisabled: true });
    expect((await screen.findByRole('button', { name: 'Confirm and save' })).hasAttribute('disabled')).toBe(true);
  });

  it('when saving failed, then the error shows with its title and a Retry that confirms again', async () => {
    const { onConfirm } = renderDialog({ error: new Error('network down') });
    expect(await screen.findByText('The changes were not saved')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onConfirm).toHaveBeenCalledOnce();
  });

  it('when the reader reads Chinese, then the table and buttons are Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderDialog();
    const table = await screen.findByRole('table', { name: '修改内容' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['字段', '当前值', '新值']);
    expect(screen.getByRole('button', { name: '确认并保存' })).toBeTruthy();
  });
});
