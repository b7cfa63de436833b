// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IpControl, PolicyItem } from '@portico/contracts/ip-controls';
import { DISCARD_QUESTION } from '@/lib/unsaved-changes';
import { renderWithApp } from '@/testing/render';
import { IpControlFormModal } from './ip-control-form-modal';
import { PolicyItemEditor } from './policy-item-editor';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const acl: IpControl = { id: 'acl1', name: 'partner_allowlist', type: 'ALLOW', description: 'Partners' };
const items: PolicyItem[] = [{ id: 'P1', cidrs: ['203.0.113.0/24'] }];

const dialog = () => screen.getByRole('dialog');
const pressEscape = () => fireEvent.keyDown(dialog(), { key: 'Escape' });

describe('IpControlFormModal', () => {
  it('when nothing was typed, then Esc closes without asking', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const onClose = vi.fn();
    renderWithApp(<IpControlFormModal opened onClose={onClose} ipControl={null} onSaved={vi.fn()} />);
    await screen.findByRole('dialog');
    pressEscape();
    expect(onClose).toHaveBeenCalledOnce();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('when a name was typed, then Esc and the close button ask first, and Cancel keeps the dialog and the text', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const onClose = vi.fn();
    renderWithApp(<IpControlFormModal opened onClose={onClose} ipControl={null} onSaved={vi.fn()} />);
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'office_egress' } });
    await waitFor(() => {
      pressEscape();
      expect(confirm).toHaveBeenCalledWith(DISCARD_QUESTION);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(onClose).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('office_egress');
    confirm.mockReturnValue(true);
    pressEscape();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('when the name breaks the cloud rule, then the field says which rule, before any review', async () => {
    renderWithApp(<IpControlFormModal opened onClose={vi.fn()} ipControl={null} onSaved={vi.fn()} />);
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: '😀 emoji name' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    expect(await screen.findByText(/may only contain letters, Chinese characters, digits and underscores/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '_hidden' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Review' })));
    expect(await screen.findByText(/cannot start with an underscore/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'What is saved' })).toBeNull();
  });

  it('when renamed, then the review shows the name now and new side by side', async () => {
    renderWithApp(<IpControlFormModal opened onClose={vi.fn()} ipControl={acl} onSaved={vi.fn()} />);
    fireEvent.change(await screen.findByLabelText('Name'), { target: { value: 'partner_allowlist_v2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    const review = await screen.findByRole('table', { name: 'What is saved' });
    expect(review.textContent).toContain('partner_allowlist');
    expect(review.textContent).toContain('partner_allowlist_v2');
  });
});

describe('PolicyItemEditor', () => {
  const renderEditor = (onClose = vi.fn()) =>
    renderWithApp(<PolicyItemEditor opened onClose={onClose} ipControl={acl} item={null} boundApis={[]} policyItems={items} onSaved={vi.fn()} />);

  it('when an entry was typed, then Esc asks before the item is thrown away', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const onClose = vi.fn();
    renderEditor(onClose);
    fireEvent.change(await screen.findByLabelText('Entry 1'), { target: { value: '10.0.0.1' } });
    await waitFor(() => {
      pressEscape();
      expect(confirm).toHaveBeenCalledWith(DISCARD_QUESTION);
    });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('when pasted entries overlap another item, then the row warns once and the review repeats the warning', async () => {
    renderEditor();
    fireEvent.change(await screen.findByLabelText('Paste addresses'), { target: { value: '203.0.113.7; 10.0.0.0/33' } });
    fireEvent.click(screen.getByRole('button', { name: 'Fill rows' }));
    expect(screen.getAllByText('203.0.113.7 is inside 203.0.113.0/24 of policy item P1')).toHaveLength(1);
    expect(screen.getByText('10.0.0.0/33 is not a valid CIDR block')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove entry 2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    const warnings = await screen.findByRole('list', { name: 'Warnings' });
    expect(warnings.textContent).toContain('203.0.113.7 is inside 203.0.113.0/24 of policy item P1');
  });
});
