import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { profileDocuments } from '../../support/profileDocuments';
import { renderApp } from './renderApp';

afterEach(() => cleanup());

// A translation key shown instead of its text ("export.openNamed").
const looksLikeKey = /^[a-z]\w*(\.\w+)+$/;

describe('PDF button of a list row', () => {
  it('is named in the operator language as soon as the row shows, although the PDF texts load only when the panel opens', async () => {
    const { i18n } = await renderApp('it', '#/', async (store) => {
      for (const doc of profileDocuments(1)) await store.importDocument(doc);
    });
    const row = (await screen.findByText('Person 0')).closest('li')!;
    const button = within(row).getByRole('button', { name: 'Crea il PDF del profilo di Person 0' });
    expect(button).toHaveTextContent('PDF…');
    for (const control of within(row).getAllByRole('button')) expect(control.getAttribute('aria-label') ?? control.textContent).not.toMatch(looksLikeKey);
    expect(i18n.hasResourceBundle('it', 'pdf')).toBe(false);
  });

  it('opens the options in the operator language, keeps the choice when reopened, and gives focus back to the button on close', async () => {
    const user = userEvent.setup();
    await renderApp('it', '#/', async (store) => {
      for (const doc of profileDocuments(1)) await store.importDocument(doc);
    });
    const row = (await screen.findByText('Person 0')).closest('li')!;
    const button = within(row).getByRole('button', { name: 'Crea il PDF del profilo di Person 0' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = await within(row).findByRole('group', { name: 'PDF del profilo' });
    await user.click(within(panel).getByRole('radio', { name: /Copia per la persona/ }));
    await user.click(within(panel).getByRole('button', { name: 'Chiudi' }));
    expect(within(row).queryByRole('group', { name: 'PDF del profilo' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    const reopened = await within(row).findByRole('group', { name: 'PDF del profilo' });
    await waitFor(() => expect(within(reopened).getByRole('radio', { name: /Copia per la persona/ })).toBeChecked());
  });
});
