import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors';
import { occupationSchema, skillEntrySchema, type Occupation, type SkillEntry } from '../../../src/domain/answerValue';
import { createI18n, ensureLanguage } from '../../../src/i18n';
import { loadDefaultIsco } from '../../../src/taxonomy/defaultIsco';
import { localService } from '../../../src/taxonomy/service';
import { Taxonomy } from '../../../src/taxonomy/taxonomy';
import { OccupationPicker } from '../../../src/ui/pickers/OccupationPicker';
import { SkillsPicker } from '../../../src/ui/pickers/SkillsPicker';
import { TaxonomyLoaderContext, type TaxonomyLoader } from '../../../src/ui/pickers/useTaxonomy';
import { escoDataset } from './escoFixtures';

afterEach(() => cleanup());

let i18n: Awaited<ReturnType<typeof createI18n>>;
let defaultOnly: TaxonomyLoader;
let withEsco: TaxonomyLoader;
beforeAll(async () => {
  i18n = await createI18n('en');
  // Every namespace, as the interview screen (where the pickers are) loads them.
  await ensureLanguage(i18n, 'en');
  const defaults = await loadDefaultIsco();
  const plain = new Taxonomy([], defaults);
  defaultOnly = async () => localService({ taxonomy: plain, problems: [] });
  const esco = new Taxonomy([escoDataset('en'), escoDataset('fr')], defaults);
  withEsco = async () => localService({ taxonomy: esco, problems: [] });
});

function OccupationHarness({ initial, languages, changes }: { initial?: Occupation; languages: { operator: string; interviewee: string }; changes: (Occupation | undefined)[] }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <label htmlFor="job">Job</label>
      <OccupationPicker
        id="job"
        value={value}
        languages={languages}
        onChange={(v) => {
          changes.push(v);
          setValue(v);
        }}
      />
      <button type="button">elsewhere</button>
    </>
  );
}

function renderOccupation(loader: TaxonomyLoader, languages = { operator: 'it', interviewee: 'en' }, initial?: Occupation) {
  const changes: (Occupation | undefined)[] = [];
  render(
    <I18nextProvider i18n={i18n}>
      <TaxonomyLoaderContext.Provider value={loader}>
        <OccupationHarness initial={initial} languages={languages} changes={changes} />
      </TaxonomyLoaderContext.Provider>
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), changes, input: screen.getByRole('combobox', { name: 'Job' }) };
}

describe('OccupationPicker', () => {
  it('finds ISCO-08 groups in Italian with no ESCO import, shows both languages, and stores URI, code and labels', async () => {
    const { user, changes, input } = renderOccupation(defaultOnly);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.type(input, 'saldatore');
    const listbox = await screen.findByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const first = within(listbox).getAllByRole('option')[0]!;
    expect(first).toHaveTextContent('Saldatori e tagliatori a fiamma');
    expect(first).toHaveTextContent('Welders and flame cutters');
    expect(first).toHaveTextContent('ISCO-08 occupation group 7212');
    expect(first.querySelector('[lang="en"]')).toHaveTextContent('Welders and flame cutters');
    expect(screen.getByRole('status')).toHaveTextContent(/suggestions?\./);

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    expect(first).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');

    const value = changes.at(-1)!;
    expect(value).toEqual({
      text: 'Saldatori e tagliatori a fiamma',
      escoUri: 'http://data.europa.eu/esco/isco/C7212',
      iscoCode: '7212',
      labels: { it: 'Saldatori e tagliatori a fiamma', en: 'Welders and flame cutters' },
    });
    expect(occupationSchema.safeParse(value).success).toBe(true);
    expect(input).toHaveValue('Saldatori e tagliatori a fiamma');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('Chosen occupation')).toBeInTheDocument();
    // No ESCO data in use, so no ESCO attribution.
    expect(screen.queryByText(/uses the ESCO classification/)).not.toBeInTheDocument();
  });

  it('has no accessibility violations with the list open', async () => {
    const { user, input } = renderOccupation(defaultOnly);
    await user.type(input, 'cuoco');
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('finds ESCO occupations typed in the interviewee language and picks one by pointer', async () => {
    const { user, changes, input } = renderOccupation(withEsco, { operator: 'en', interviewee: 'fr' });
    await user.type(input, 'soudeur');
    const option = await screen.findByRole('option', { name: /^welder\s*soudeur\/soudeuse/ });
    expect(option).toHaveTextContent('ISCO-08 7212 · Welders and flamecutters');
    await user.click(option);
    const value = changes.at(-1)!;
    expect(value.escoUri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    expect(value).toMatchObject({ text: 'welder', iscoCode: '7212', labels: { en: 'welder', fr: 'soudeur/soudeuse' } });
    expect(occupationSchema.safeParse(value).success).toBe(true);
    expect(screen.getByText('This service uses the ESCO classification of the European Commission.')).toBeInTheDocument();
  });

  it('keeps the words as typed when nothing fits', async () => {
    const { user, changes, input } = renderOccupation(defaultOnly);
    await user.type(input, 'zqxw raccoglitrice');
    expect(await screen.findByRole('option', { name: 'Keep as typed: “zqxw raccoglitrice”' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(changes.at(-1)).toEqual({ text: 'zqxw raccoglitrice' });
    expect(screen.getByText('As typed (not linked to ESCO)')).toBeInTheDocument();
  });

  it('keeps typed text when focus leaves, and clears with the Clear button, which hands focus to the search', async () => {
    const { user, changes, input } = renderOccupation(defaultOnly);
    await user.type(input, 'guida alpina');
    await user.click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(changes.at(-1)).toEqual({ text: 'guida alpina' });
    await user.click(screen.getByRole('button', { name: 'Clear “guida alpina”' }));
    expect(changes.at(-1)).toBeUndefined();
    expect(input).toHaveValue('');
    expect(document.activeElement).toBe(input);
  });

  it('closes the list with Escape and empties the box with a second Escape', async () => {
    const { user, input } = renderOccupation(defaultOnly);
    await user.type(input, 'cuoco');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });

  it('says when an imported ESCO file could not be used', async () => {
    const plain = new Taxonomy([], await loadDefaultIsco());
    const damaged: TaxonomyLoader = async () =>
      localService({ taxonomy: plain, problems: [new AppError('taxonomy:load.errors.checksum', { file: 'esco-1.1.1-en.abc.json', lang: 'en' })] });
    renderOccupation(damaged);
    expect(await screen.findByText('The ESCO data for en (esco-1.1.1-en.abc.json) is damaged (checksum mismatch) and was not used.')).toBeInTheDocument();
  });

  it('shows a stored choice with its snapshot labels', async () => {
    renderOccupation(defaultOnly, { operator: 'en', interviewee: 'it' }, {
      text: 'Cooks',
      escoUri: 'http://data.europa.eu/esco/isco/C5120',
      iscoCode: '5120',
      labels: { en: 'Cooks', it: 'Cuochi' },
    });
    expect(screen.getByRole('combobox', { name: 'Job' })).toHaveValue('Cooks');
    await waitFor(() => expect(screen.getByText('Cuochi')).toHaveAttribute('lang', 'it'));
  });
});

function SkillsHarness({ changes, collection }: { changes: SkillEntry[][]; collection: 'transversal' | 'digital' }) {
  const [value, setValue] = useState<SkillEntry[]>([]);
  return (
    <>
      <span id="skills-label">Skills</span>
      <SkillsPicker
        id="skills"
        labelledBy="skills-label"
        value={value}
        collection={collection}
        languages={{ operator: 'en', interviewee: 'fr' }}
        onChange={(v) => {
          changes.push(v);
          setValue(v);
        }}
      />
    </>
  );
}

function renderSkills(loader: TaxonomyLoader, collection: 'transversal' | 'digital' = 'transversal') {
  const changes: SkillEntry[][] = [];
  render(
    <I18nextProvider i18n={i18n}>
      <TaxonomyLoaderContext.Provider value={loader}>
        <SkillsHarness changes={changes} collection={collection} />
      </TaxonomyLoaderContext.Provider>
    </I18nextProvider>,
  );
  return { user: userEvent.setup(), changes, input: screen.getByRole('combobox', { name: 'Skills' }) };
}

describe('SkillsPicker', () => {
  it('adds ESCO transversal skills found in either language, and free text, and removes them, focus moving to the next remove button, then the search', async () => {
    const { user, changes, input } = renderSkills(withEsco);
    await user.type(input, 'initiative');
    await user.click(await screen.findByRole('option', { name: /^show initiative/ }));
    expect(changes.at(-1)).toEqual([
      { text: 'show initiative', escoUri: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/skill\//), labels: { en: 'show initiative', fr: 'faire preuve d’initiative' } },
    ]);
    expect(input).toHaveValue('');

    await user.type(input, 'raccolta frutta{Enter}');
    expect(changes.at(-1)!.at(-1)).toEqual({ text: 'raccolta frutta' });
    for (const entry of changes.at(-1)!) expect(skillEntrySchema.safeParse(entry).success).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Remove “show initiative”' }));
    expect(changes.at(-1)).toEqual([{ text: 'raccolta frutta' }]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove “raccolta frutta”' })));
    await user.keyboard('{Enter}');
    expect(changes.at(-1)).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('searches the digital collection separately', async () => {
    const { user, input } = renderSkills(withEsco, 'digital');
    await user.type(input, 'tableur');
    const options = await screen.findAllByRole('option');
    expect(options[0]).toHaveTextContent(/spreadsheet/i);
  });

  it('without ESCO skills installed, says so and still takes skills as typed', async () => {
    const { user, changes, input } = renderSkills(defaultOnly);
    expect(await screen.findByText(/not installed on this device/)).toBeInTheDocument();
    await user.type(input, 'lavoro di squadra{Enter}');
    expect(changes.at(-1)).toEqual([{ text: 'lavoro di squadra' }]);
  });
});

it('pickers translate their texts (Italian operator)', async () => {
  await ensureLanguage(i18n, 'it');
  await act(() => i18n.changeLanguage('it'));
  try {
    renderOccupation(defaultOnly);
    expect(await screen.findByText(/Scrivi un lavoro in una delle due lingue/)).toBeInTheDocument();
  } finally {
    await act(() => i18n.changeLanguage('en'));
  }
});
