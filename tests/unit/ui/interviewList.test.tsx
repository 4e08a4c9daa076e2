import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { personNames, profileDocuments } from '../../support/profileDocuments';
import { AppError } from '../../../src/domain/errors';
import { STORAGE_FULL } from '../../../src/storage/resilience';
import { renderApp } from './renderApp';

afterEach(() => cleanup());

const shownNames = () => screen.queryAllByRole('listitem').filter((li) => li.classList.contains('interview-row')).map((li) => li.querySelector('.row-name')!.textContent);

describe('interview list with many interviews', () => {
  it('shows the newest 20 of 120 with the counts, and "Show more interviews" adds 50 at a time, focusing the first new row', async () => {
    const user = userEvent.setup();
    await renderApp('en', '#/', async (store) => {
      for (const doc of [...profileDocuments(117), ...profileDocuments(3, 'draft', 117)]) await store.importDocument(doc);
    });
    expect(await screen.findByRole('heading', { level: 2, name: '120 interviews on this device' })).toBeInTheDocument();
    await waitFor(() => expect(shownNames()).toHaveLength(20));
    expect(shownNames()).toEqual(personNames(119, 100));
    const counts = screen.getByTestId('list-counts');
    expect(within(counts).getByText('Draft').nextSibling).toHaveTextContent('3');
    expect(within(counts).getByText('Finished').nextSibling).toHaveTextContent('117');
    expect(screen.getByText('Showing 20 of 120 interviews')).toHaveAttribute('role', 'status');

    const more = screen.getByRole('button', { name: 'Show more interviews' });
    expect(more).toHaveAccessibleDescription('Showing 20 of 120 interviews');
    await user.click(more);
    await waitFor(() => expect(shownNames()).toHaveLength(70));
    expect(shownNames().slice(20)).toEqual(personNames(99, 50));
    expect(screen.getByText('Showing 70 of 120 interviews')).toBeInTheDocument();
    expect(document.activeElement).toHaveTextContent('Person 99');

    await user.click(screen.getByRole('button', { name: 'Show more interviews' }));
    await waitFor(() => expect(shownNames()).toHaveLength(120));
    expect(shownNames().slice(-1)).toEqual(['Person 0']);
    expect(screen.queryByRole('button', { name: 'Show more interviews' })).not.toBeInTheDocument();
    expect(new Set(shownNames()).size).toBe(120);
  });

  it('finds interviews by name among all of them, at most 50 rows drawn, and shows the pages again once the search is emptied', async () => {
    const user = userEvent.setup();
    await renderApp('en', '#/', async (store) => {
      for (const doc of profileDocuments(120)) await store.importDocument(doc);
    });
    await waitFor(() => expect(shownNames()).toHaveLength(20));
    const search = await screen.findByRole('searchbox', { name: 'Search by name or alias' });
    await user.type(search, 'person 11');
    await waitFor(() => expect(shownNames()).toEqual(['Person 119', ...personNames(118, 110), 'Person 11']));
    expect(screen.getByText('Results for “person 11”: 11')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('button', { name: 'Show more interviews' })).not.toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'PERSON');
    expect(await screen.findByText('Results for “PERSON”: 120. The first 50 are shown; type more of the name to narrow them.')).toBeInTheDocument();
    expect(shownNames()).toEqual(personNames(119, 70));

    await user.type(search, ' 999');
    expect(await screen.findByText('Results for “PERSON 999”: 0')).toBeInTheDocument();
    expect(shownNames()).toEqual([]);

    await user.clear(search);
    await waitFor(() => expect(shownNames()).toEqual(personNames(119, 100)));
    expect(screen.getByRole('button', { name: 'Show more interviews' })).toBeInTheDocument();
  });

  it('shows each row’s way to the server, and the rows "show more" adds never claim "not queued" while their state is read', async () => {
    const user = userEvent.setup();
    const documents = profileDocuments(25);
    await renderApp('en', '#/', async (store) => {
      for (const doc of documents) await store.importDocument(doc);
      for (const doc of documents.slice(1)) await store.enqueueProfile(doc);
    });
    const claimedNotQueued = new Set<string>();
    const watch = new MutationObserver(() => {
      for (const state of document.querySelectorAll('.interview-row .sync-state-finished')) claimedNotQueued.add(state.closest('.interview-row')!.querySelector('.row-name')!.textContent!);
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    const stateOf = (name: string) => within(screen.getByText(name, { selector: '.row-name' }).closest('li')!);
    await waitFor(() => expect(shownNames()).toHaveLength(20));
    await waitFor(() => expect(stateOf('Person 24').getByText('Waiting to be sent')).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Show more interviews' }));
    await waitFor(() => expect(shownNames()).toHaveLength(25));
    await waitFor(() => expect(stateOf('Person 1').getByText('Waiting to be sent')).toBeInTheDocument());
    // The one never queued says so; the other 24 never said it, not even for a moment.
    expect(stateOf('Person 0').getByText('Finished, not queued')).toBeInTheDocument();
    watch.disconnect();
    expect([...claimedNotQueued]).toEqual(['Person 0']);
    expect(document.querySelectorAll('.interview-row .sync-state-queued')).toHaveLength(24);
  });

  it('asks before deleting, Cancel gives focus back to the row’s delete button, and a deletion to the list’s heading', async () => {
    const user = userEvent.setup();
    await renderApp('en', '#/', async (store) => {
      for (const doc of profileDocuments(2)) await store.importDocument(doc);
    });
    await waitFor(() => expect(shownNames()).toHaveLength(2));
    const row = within(screen.getByText('Person 1', { selector: '.row-name' }).closest('li')!);
    await user.click(row.getByRole('button', { name: /Delete/ }));
    expect(row.getByRole('alertdialog')).toBeInTheDocument();
    await user.click(row.getByRole('button', { name: 'Cancel' }));
    expect(row.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(row.getByRole('button', { name: /Delete/ }));
    expect(shownNames()).toHaveLength(2);

    // Deleted, the row and its buttons are gone: focus goes to the heading, which gives the new count.
    await user.click(row.getByRole('button', { name: /Delete/ }));
    await user.click(within(row.getByRole('alertdialog')).getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(shownNames()).toEqual(['Person 0']));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '1 interview on this device' })));
  });

  it('shows every row and no "show more" when the list fits in one page, in the operator language', async () => {
    await renderApp('ru', '#/', async (store) => {
      for (const doc of profileDocuments(5)) await store.importDocument(doc);
    });
    await waitFor(() => expect(shownNames()).toHaveLength(5));
    expect(screen.queryByText(/Показано/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Показать ещё собеседования' })).not.toBeInTheDocument();
  });

  it('redraws the heading, the rows and their way to the server in the language the operator picks', async () => {
    const user = userEvent.setup();
    const documents = profileDocuments(3);
    await renderApp('en', '#/', async (store) => {
      for (const doc of documents) await store.importDocument(doc);
      await store.enqueueProfile(documents[2]!);
    });
    expect(await screen.findByRole('heading', { level: 2, name: '3 interviews on this device' })).toBeInTheDocument();
    const row = (name: string) => within(screen.getByText(name, { selector: '.row-name' }).closest('li')!);
    await waitFor(() => expect(row('Person 2').getByText('Waiting to be sent')).toBeInTheDocument());
    expect(row('Person 1').getByText('Finished, not queued')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Operator language'), 'it');
    expect(await screen.findByRole('heading', { level: 2, name: '3 colloqui su questo dispositivo' })).toBeInTheDocument();
    expect(row('Person 2').getByText('In attesa di invio')).toBeInTheDocument();
    expect(row('Person 1').getByText('Concluso, non in coda')).toBeInTheDocument();
    expect(row('Person 0').getByText('Apri')).toBeInTheDocument();
    expect(screen.queryByText('Waiting to be sent')).not.toBeInTheDocument();
  });

  it('adds the CSV export and the import below the list once its first page is shown', async () => {
    await renderApp('en', '#/', async (store) => {
      for (const doc of profileDocuments(2)) await store.importDocument(doc);
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Export the list as CSV' })).toBeInTheDocument();
    expect(shownNames()).toEqual(personNames(1, 0));
    expect(screen.getByRole('heading', { level: 2, name: 'Import' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
  });

  it('back from an interview, its row shows the name just typed at once, never the one from before, and moves to the top', async () => {
    const user = userEvent.setup();
    const { services } = await renderApp('en', '#/', async (store) => {
      for (const doc of profileDocuments(2, 'draft')) await store.importDocument(doc);
    });
    await waitFor(() => expect(shownNames()).toEqual(personNames(1, 0)));
    const id = screen.getByText('Person 0', { selector: '.row-name' }).closest('li')!.dataset.interview!;
    window.location.hash = `#/interview/${id}/personal`;
    await user.type(await screen.findByRole('textbox', { name: 'First name(s)' }), 'Amina');

    const seen = new Set<string>();
    const watch = new MutationObserver(() => shownNames().forEach((name) => seen.add(name!)));
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    // Straight back, before the autosave delay: the last letters are still being stored.
    await user.click(screen.getByRole('link', { name: 'All interviews' }));
    await waitFor(() => expect(shownNames()).toEqual(['Amina', 'Person 1']));
    watch.disconnect();
    expect([...seen]).not.toContain('Person 0');
    // Consent and the name: the progress stored with the last answers.
    const { progress } = (await services.store.get(id)).interview;
    expect(progress.answered).toBe(profileDocuments(1, 'draft')[0]!.answers.length + 1);
    expect(screen.getByText('Amina', { selector: '.row-name' }).closest('li')).toHaveTextContent(`${progress.answered}/${progress.total} answered`);
  });

  it('finds an interview by the name given to it since the last search', async () => {
    const user = userEvent.setup();
    await renderApp('en', '#/', async (store) => {
      for (const doc of profileDocuments(2, 'draft')) await store.importDocument(doc);
    });
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name or alias' }), 'Person 0');
    await waitFor(() => expect(shownNames()).toEqual(['Person 0']));
    const id = screen.getByText('Person 0', { selector: '.row-name' }).closest('li')!.dataset.interview!;
    window.location.hash = `#/interview/${id}/personal`;
    await user.type(await screen.findByRole('textbox', { name: 'First name(s)' }), 'Amina');
    await user.click(screen.getByRole('link', { name: 'All interviews' }));
    await user.type(await screen.findByRole('searchbox', { name: 'Search by name or alias' }), 'amina');
    await waitFor(() => expect(shownNames()).toEqual(['Amina']));
    expect(screen.getByText('Results for “amina”: 1')).toBeInTheDocument();
  });

  it('says why a new interview could not be started when the device’s storage refuses it', async () => {
    const user = userEvent.setup();
    const { services } = await renderApp('en');
    services.store.create = () => Promise.reject(new AppError(STORAGE_FULL));
    await user.click(await screen.findByRole('button', { name: 'Start interview' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The storage of this device is full.');
    expect(screen.getByRole('button', { name: 'Start interview' })).toBeEnabled();
  });

  it('says why an interview could not be deleted, and keeps its row', async () => {
    const user = userEvent.setup();
    const { services } = await renderApp('en', '#/', async (store) => {
      for (const doc of profileDocuments(1)) await store.importDocument(doc);
    });
    await waitFor(() => expect(shownNames()).toEqual(['Person 0']));
    services.store.delete = () => Promise.reject(new AppError(STORAGE_FULL));
    const row = within(screen.getByText('Person 0', { selector: '.row-name' }).closest('li')!);
    await user.click(row.getByRole('button', { name: /Delete/ }));
    await user.click(row.getByRole('button', { name: 'Yes, delete' }));
    expect(await row.findByRole('alert')).toHaveTextContent('The storage of this device is full.');
    expect(shownNames()).toEqual(['Person 0']);
  });

  it('says "Showing … of …" with the right plural in Russian', async () => {
    await renderApp('ru', '#/', async (store) => {
      for (const doc of profileDocuments(52)) await store.importDocument(doc);
    });
    expect(await screen.findByText('Показано 20 из 52 собеседований')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Показать ещё собеседования' })).toBeEnabled();
  });
});
