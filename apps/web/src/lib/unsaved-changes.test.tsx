// @vitest-environment happy-dom
import { useState } from 'react';
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Link } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render';
import { DISCARD_QUESTION, useUnsavedChangesGuard } from './unsaved-changes';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A stand-in editor: a text field whose change makes it dirty, a link away, and a dialog-style close. */
function Editor({ onClosed }: { onClosed?: () => void }) {
  const [text, setText] = useState('');
  const { confirmDiscard, release } = useUnsavedChangesGuard(text !== '');
  return (
    <div>
      <input aria-label="Value" value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <Link to="/elsewhere">Elsewhere</Link>
      <button type="button" onClick={() => confirmDiscard() && onClosed?.()}>
        Close
      </button>
      <button type="button" onClick={release}>
        Saved
      </button>
    </div>
  );
}

const elsewhere = [{ path: '/elsewhere', element: <p>Another screen</p> }];

describe('useUnsavedChangesGuard', () => {
  it('when nothing was typed, then a link leaves without asking', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    renderWithApp(<Editor />, elsewhere);
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    expect(await screen.findByText('Another screen')).toBeTruthy();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('when there are unsaved changes and the person stays, then the link does not leave', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { router } = renderWithApp(<Editor />, elsewhere);
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
    await waitFor(() => expect(confirm).toHaveBeenCalledWith(DISCARD_QUESTION));
    expect(router.state.location.pathname).toBe('/');
    expect((screen.getByLabelText('Value') as HTMLInputElement).value).toBe('x');
  });

  it('when there are unsaved changes and the person leaves, then Back/links go on', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { router } = renderWithApp(<Editor />, elsewhere);
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'x' } });
    await act(() => router.navigate('/elsewhere'));
    expect(await screen.findByText('Another screen')).toBeTruthy();
  });

  it('when Back is pressed with unsaved changes, then it asks too', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { router } = renderWithApp(<Editor />, elsewhere);
    await act(() => router.navigate('/elsewhere'));
    await act(() => router.navigate(-1));
    fireEvent.change(await screen.findByLabelText('Value'), { target: { value: 'x' } });
    await act(() => router.navigate(1));
    await waitFor(() => expect(confirm).toHaveBeenCalled());
    expect(router.state.location.pathname).toBe('/');
  });

  it('when the page is reloaded or closed with unsaved changes, then beforeunload is cancelled (the browser asks); clean, it is not', () => {
    renderWithApp(<Editor />);
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'x' } });
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });

  it('when a dialog is closed with unsaved changes, then it asks, and stays open on Cancel', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const onClosed = vi.fn();
    renderWithApp(<Editor onClosed={onClosed} />);
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClosed).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClosed).toHaveBeenCalledOnce();
    expect(confirm).toHaveBeenCalledTimes(2);
  });

  it('when the change was saved (released), then the navigation that follows does not ask', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { router } = renderWithApp(<Editor />, elsewhere);
    fireEvent.change(screen.getByLabelText('Value'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    await act(() => router.navigate('/elsewhere'));
    expect(await screen.findByText('Another screen')).toBeTruthy();
    expect(confirm).not.toHaveBeenCalled();
  });
});
