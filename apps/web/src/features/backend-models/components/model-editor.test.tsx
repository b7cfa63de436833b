// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { Backend } from '@portico/contracts/backend-models';
import { renderWithApp } from '@/testing/render';
import { ModelEditor } from './model-editor';

const backend: Backend = { id: 'b1', name: 'files', type: 'OSS' };

function renderCreate() {
  return renderWithApp(
    <ModelEditor backend={backend} type="OSS" stage="TEST" mode="create" models={[]} current={undefined} apis={[]} cancelTo="/" editPath="/edit" onSaved={() => undefined} />,
  );
}

const errorsRegion = () => screen.getByRole('region', { name: 'Model errors' });
const fieldError = (label: RegExp) => screen.getByRole('textbox', { name: label }).getAttribute('aria-invalid');

afterEach(cleanup);

describe('ModelEditor, a new OSS model', () => {
  it('when nothing was touched, then no field shows an error and the placeholder is only an example; Review is offered', () => {
    renderCreate();
    expect(fieldError(/Region/)).not.toBe('true');
    expect(fieldError(/Bucket/)).not.toBe('true');
    expect(errorsRegion().textContent).toBe('');
    expect((screen.getByRole('button', { name: 'Review changes' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByText(/Fix the error/)).toBeNull();
  });

  it('when one field is left empty after a visit, then only that field says so', async () => {
    renderCreate();
    fireEvent.blur(screen.getByRole('textbox', { name: /Region/ }));
    await waitFor(() => expect(fieldError(/Region/)).toBe('true'));
    expect(fieldError(/Bucket/)).not.toBe('true');
    expect(errorsRegion().textContent).toMatch(/1 error/);
    // The other error is not shown yet: Review stays on offer and shows it.
    expect((screen.getByRole('button', { name: 'Review changes' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('when Review is asked for with empty fields, then every error shows and Review waits for them', async () => {
    renderCreate();
    fireEvent.click(screen.getByRole('button', { name: 'Review changes' }));
    await waitFor(() => expect(fieldError(/Bucket/)).toBe('true'));
    expect(fieldError(/Region/)).toBe('true');
    expect(errorsRegion().textContent).toMatch(/2 errors/);
    expect((screen.getByRole('button', { name: 'Review changes' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
