import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { renderApp } from './renderApp';

afterEach(() => cleanup());

async function startInterview(language: string) {
  const user = userEvent.setup();
  const app = await renderApp('en');
  await user.selectOptions(await screen.findByLabelText('Language of the person interviewed'), language);
  await user.click(screen.getByRole('button', { name: 'Start interview' }));
  await screen.findByRole('heading', { level: 2, name: /Consent/ });
  return { user, ...app };
}

describe('interview screen', () => {
  it('shows each question in both languages with their own direction, and focuses the opened section', async () => {
    await startInterview('ar');
    const consent = screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ }).closest('.question')!;
    const arabicPane = consent.querySelector('[lang="ar"]')!;
    expect(arabicPane.getAttribute('dir')).toBe('rtl');
    await waitFor(() => expect(arabicPane.textContent).toMatch(/[\u0600-\u06FF]/));
    expect(consent.querySelector('[lang="en"]')!.getAttribute('dir')).toBe('ltr');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: /Consent/ })));
  });

  it('names each card’s read-aloud button, prompt toggle and date precision after its question, so that a screen reader tells them apart', async () => {
    const { user } = await startInterview('ar');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: /Personal information/ }));
    await screen.findByRole('textbox', { name: 'First name(s)' });
    // The section's cards are all drawn once a later one is (dates have a precision choice, named the same way).
    expect(await screen.findByRole('combobox', { name: 'Known precision Date of birth' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Read aloud First name(s)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show in العربية to read out First name(s)' })).toBeInTheDocument();
    // Every other card's too: none is named by its action alone.
    expect(screen.queryAllByRole('button', { name: 'Read aloud' })).toEqual([]);
    expect(screen.queryAllByRole('button', { name: 'Show in العربية to read out' })).toEqual([]);
    expect(screen.queryAllByRole('combobox', { name: 'Known precision' })).toEqual([]);
  });

  it('saves answers and shows per-section progress in the navigation', async () => {
    const { user, services } = await startInterview('en');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    // Shown only once stored, inside the live status region that announces it.
    await waitFor(() => expect(screen.getByText('All answers saved on this device')).toBeVisible(), { timeout: 5_000 });
    expect(screen.getByText('Saving…')).not.toBeVisible();
    expect(screen.getByText('All answers saved on this device').closest('[role="status"]')).not.toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: /Consent/ })).toHaveTextContent('1/4');
    const [interview] = await services.store.list();
    expect((await services.store.get(interview!.id)).answers.map((a) => a.path)).toEqual(['consent.given']);
  });

  it('keeps every word typed into a free text, across a translation and a language switch, and stores words, language and translation', async () => {
    const { user, services } = await startInterview('ar');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: /Personal information/ }));
    const alias = (await screen.findByRole('textbox', { name: 'Name to use (alias)' })) as HTMLInputElement;
    await user.type(alias, 'سلام');
    // Text in another language than Italian: the mediator may add a translation (shown once the first letter is painted).
    // Named with its question: each free-text answer of a section may have one.
    const translation = await screen.findByRole('textbox', { name: 'Italian translation (mediator) Name to use (alias)' });
    await user.type(translation, 'ciao');
    await user.type(alias, ' عليكم');
    expect(alias.value).toBe('سلام عليكم');
    expect(alias).toHaveAttribute('dir', 'rtl');
    // The switch redraws the field's card; the words typed stay, and the next key tags the answer with the new language.
    await user.selectOptions(screen.getByLabelText('Interviewee language'), 'ti');
    await waitFor(() => expect(alias.closest('.question')!.querySelector('.pane-interviewee')).toHaveAttribute('lang', 'ti'), { timeout: 5_000 });
    expect(alias.value).toBe('سلام عليكم');
    await user.type(alias, '!');
    expect(alias.value).toBe('سلام عليكم!');
    await waitFor(() => expect(alias).toHaveAttribute('lang', 'ti'));
    await waitFor(() => expect(screen.getByText('All answers saved on this device')).toBeVisible(), { timeout: 5_000 });
    const [interview] = await services.store.list();
    const stored = (await services.store.get(interview!.id)).answers.find((a) => a.path === 'personal.alias');
    expect(stored).toMatchObject({ value: { value: 'سلام عليكم!' }, language: 'ti', translation: { text: 'ciao' } });
    // Drawn again from the session when the section is opened again.
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(within(nav).getByRole('link', { name: /Consent/ }));
    await user.click(within(nav).getByRole('link', { name: /Personal information/ }));
    const reopened = (await screen.findByRole('textbox', { name: 'Name to use (alias)' })) as HTMLInputElement;
    expect(reopened).not.toBe(alias);
    expect(reopened.value).toBe('سلام عليكم!');
    // Emptied: the answer and its translation field go.
    await user.clear(reopened);
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /^Italian translation \(mediator\)/ })).not.toBeInTheDocument());
    await waitFor(async () => expect((await services.store.get(interview!.id)).answers.map((a) => a.path)).not.toContain('personal.alias'), { timeout: 5_000 });
  });

  it('shows the interviewee language chosen last, even when one chosen before it is still loading', async () => {
    const { services, i18n } = await startInterview('ar');
    const select = screen.getByLabelText('Interviewee language');
    // Tigrinya's texts are not loaded yet; English, the operator's language, is.
    expect(i18n.hasResourceBundle('ti', 'interview')).toBe(false);
    // Two choices in quick succession: Tigrinya is still loading when English is picked.
    fireEvent.change(select, { target: { value: 'ti' } });
    fireEvent.change(select, { target: { value: 'en' } });
    await waitFor(() => expect(i18n.hasResourceBundle('ti', 'interview')).toBe(true), { timeout: 5_000 });
    await waitFor(async () => expect((await services.store.list())[0]?.intervieweeLanguage).toBe('en'), { timeout: 5_000 });
    // Long enough for a late Tigrinya switch to have landed, had it not been dropped.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(select).toHaveValue('en');
    expect(document.querySelector('main [data-testid="interviewee-pane"]')).toBeNull();
    expect((await services.store.list())[0]?.intervieweeLanguage).toBe('en');
  });

  it('lists what is missing before finishing, with links to the section', async () => {
    const { user } = await startInterview('en');
    await user.click(screen.getByRole('link', { name: 'Check and finish' }));
    expect(await screen.findByText('2 things are missing before finishing:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'A name or an alias is needed.' })).toHaveAttribute('href', expect.stringContaining('/personal'));
    expect(screen.queryByRole('button', { name: 'Finish interview' })).not.toBeInTheDocument();
  });

  it('finishes once on a double tap, and reopens, focus going to what the view then says (the button pressed is replaced)', async () => {
    const { user } = await startInterview('en');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: /Personal information/ }));
    await user.type(await screen.findByRole('textbox', { name: 'Name to use (alias)' }), 'Mina');
    await user.click(screen.getByRole('link', { name: 'Check and finish' }));
    // A double tap finishes once: no error, and not reopened by the second tap.
    await user.dblClick(await screen.findByRole('button', { name: 'Finish interview' }));
    const finished = await screen.findByText(/^Finished on /);
    await waitFor(() => expect(document.activeElement).toBe(finished));
    await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(/^Finished on /)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reopen for changes' }));
    await screen.findByRole('button', { name: 'Finish interview' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Check and finish' })));
  });

  it('shows residence-permit questions only after "Yes" to having a permit', async () => {
    const { user } = await startInterview('en');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    await act(() => new Promise((r) => setTimeout(r, 300)));
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: /Personal information/ }));
    await screen.findByRole('heading', { level: 2, name: /Personal information/ });
    expect(screen.queryByRole('textbox', { name: 'Permit number' })).not.toBeInTheDocument();
    // Cards further down a section are drawn in a follow-up render.
    await user.click(within(await screen.findByRole('radiogroup', { name: 'Does the person have a residence permit?' })).getByRole('radio', { name: /^Yes/ }));
    expect(await screen.findByRole('textbox', { name: 'Permit number' })).toBeInTheDocument();
  });

  it('adds and removes items of a repeatable group', async () => {
    const { user } = await startInterview('en');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: /Work experience/ }));
    await user.click(await screen.findByRole('button', { name: 'Add a job' }));
    await user.click(screen.getByRole('button', { name: 'Add a job' }));
    expect(screen.getAllByRole('group', { name: /^Job \d/ })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Remove Job 1' }));
    expect(screen.getAllByRole('group', { name: /^Job \d/ })).toHaveLength(1);
  });

  it('puts focus in a new item’s first field, and after a removal on "Add", saying what was removed', async () => {
    const { user } = await startInterview('en');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: /Work experience/ }));
    const add = await screen.findByRole('button', { name: 'Add a job' });
    await user.click(add);
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('group', { name: 'Job 1' })).getByRole('combobox', { name: /Occupation/ })));
    await user.click(add);
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('group', { name: 'Job 2' })).getByRole('combobox', { name: /Occupation/ })));
    // An item with nothing in it goes at once.
    await user.click(screen.getByRole('button', { name: 'Remove Job 2' }));
    expect(screen.queryByRole('group', { name: 'Job 2' })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(add);
    expect(screen.getByText('Removed: Job 2.')).toHaveAttribute('role', 'status');
  });

  it('asks before removing an item that holds answers: Cancel keeps them and returns to the button, Remove drops them', async () => {
    const { user, services } = await startInterview('en');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: /Work experience/ }));
    await user.click(await screen.findByRole('button', { name: 'Add a job' }));
    const job = screen.getByRole('group', { name: 'Job 1' });
    await user.type(within(job).getByRole('textbox', { name: 'Main tasks' }), 'Cooked for 200 people');
    await user.click(within(job).getByRole('button', { name: 'Remove Job 1' }));
    const question = screen.getByRole('alertdialog', { name: 'Remove Job 1 and its answers?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(within(job).getByRole('textbox', { name: 'Main tasks' })).toHaveValue('Cooked for 200 people');
    await waitFor(() => expect(document.activeElement).toBe(within(job).getByRole('button', { name: 'Remove Job 1' })));

    await user.click(within(job).getByRole('button', { name: 'Remove Job 1' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Remove Job 1 and its answers?' })).getByRole('button', { name: 'Remove Job 1' }));
    expect(screen.queryByRole('group', { name: 'Job 1' })).not.toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a job' }));
    const [interview] = await services.store.list();
    await waitFor(async () => expect((await services.store.get(interview!.id)).answers.map((a) => a.path)).toEqual(['consent.given']));
  });
});

describe('country and language lists', () => {
  it('names countries in both languages, renames them after a language switch, and takes chosen nationalities out of the list, keeping focus in it as they are removed', async () => {
    const { user, services } = await startInterview('ar');
    await user.click(within(screen.getByRole('radiogroup', { name: /agree that their answers are recorded/ })).getByRole('radio', { name: /^Yes/ }));
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: /Personal information/ }));
    const birth = (await screen.findByRole('combobox', { name: 'Country of birth' })) as HTMLSelectElement;
    const eritrea = () => [...birth.options].find((o) => o.value === 'ER')!;
    const arabic = new Intl.DisplayNames(['ar'], { type: 'region' }).of('ER')!;
    const ukrainian = new Intl.DisplayNames(['uk'], { type: 'region' }).of('ER')!;
    expect(eritrea().textContent).toBe(`Eritrea — ${arabic}`);

    await user.selectOptions(birth, 'ER');
    await user.selectOptions(screen.getByLabelText('Interviewee language'), 'uk');
    // The chosen country, shown in the closed list, at once; the other names follow.
    await waitFor(() => expect(birth.selectedOptions[0]!.textContent).toBe(`Eritrea — ${ukrainian}`));
    await waitFor(() => expect([...birth.options].find((o) => o.value === 'ET')!.textContent).toContain(new Intl.DisplayNames(['uk'], { type: 'region' }).of('ET')!));

    const nationalities = screen.getByRole('combobox', { name: 'Nationality or nationalities' }) as HTMLSelectElement;
    await user.selectOptions(nationalities, 'ER');
    await waitFor(() => expect([...nationalities.options].map((o) => o.value)).not.toContain('ER'));
    expect(screen.getByRole('button', { name: new RegExp(`Eritrea — ${ukrainian}`) })).toBeInTheDocument();
    // Removing a chosen country hands focus to the next one's remove button, then back to the list.
    await user.selectOptions(nationalities, 'ET');
    await user.click(screen.getByRole('button', { name: new RegExp(`Eritrea — ${ukrainian}`) }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: /Ethiopia/ })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(nationalities));
    const [interview] = await services.store.list();
    await waitFor(async () => expect((await services.store.get(interview!.id)).answers.find((a) => a.path === 'personal.birthCountry')?.value).toEqual({ type: 'choice', value: 'ER' }));
  });
});
