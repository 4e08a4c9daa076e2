import { beforeAll, describe, expect, it } from 'vitest';
import { loadDefaultIsco } from '../../../src/taxonomy/defaultIsco';
import { fold, tokenize } from '../../../src/taxonomy/normalize';
import { boundedDistance, prefixDistance, SearchIndex } from '../../../src/taxonomy/searchIndex';
import { Taxonomy } from '../../../src/taxonomy/taxonomy';
import { escoDataset } from './escoFixtures';

const topGroup = (taxonomy: Taxonomy, query: string) => taxonomy.searchOccupations(query, { limit: 5 })[0]?.concept.iscoCode;

describe('occupation search over the full English and French ESCO files', () => {
  let taxonomy: Taxonomy;
  beforeAll(() => {
    taxonomy = new Taxonomy([escoDataset('en'), escoDataset('fr')]);
  });

  it.each([
    ['welder', '7212'],
    ['soudeur', '7212'],
    ['bricklayer', '7112'],
    ['maçon', '7112'],
    ['care worker', '3412'],
    // accents, case and punctuation
    ['macon', '7112'],
    ['MAÇON', '7112'],
    ['Soudeuse', '7212'],
    ['aide soignant', '5321'],
    ['aide-soignante', '5321'],
    // typos: missing, extra, swapped and wrong letters
    ['weldr', '7212'],
    ['wleder', '7212'],
    ['soudeurr', '7212'],
    ['brickleyer', '7112'],
    ['care workr', '3412'],
    ['maçonn', '7112'],
    // prefixes, as typed
    ['bricklay', '7112'],
    ['soude', '7212'],
    ['care w', '3412'],
  ])('"%s" → ISCO-08 %s', (query, group) => {
    expect(topGroup(taxonomy, query)).toBe(group);
  });

  it('shows each hit with its labels in both languages and the label that matched', () => {
    const [hit] = taxonomy.searchOccupations('soudeur');
    expect(hit!.concept).toMatchObject({ kind: 'occupation', iscoCode: '7212', labels: { en: 'welder', fr: 'soudeur/soudeuse' } });
    expect(hit!.concept.uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    expect(hit!.matched).toEqual({ text: 'soudeur', lang: 'fr', kind: 'preferred' });
  });

  it('finds occupations by alternative labels, not only preferred ones', () => {
    const hits = taxonomy.searchOccupations('régisseuse');
    expect(hits[0]!.concept.labels.en).toBe('technical director');
  });

  it('offers the ISCO-08 groups too, below occupations that match as well', () => {
    const hits = taxonomy.searchOccupations('bricklayers and related workers');
    expect(hits[0]).toMatchObject({ concept: { kind: 'iscoGroup', iscoCode: '7112', uri: 'http://data.europa.eu/esco/isco/C7112' } });
    expect(taxonomy.iscoTitle('7112', 'fr')).toEqual({ text: 'Maçons', lang: 'fr' });
  });

  it('returns nothing for text that matches no occupation', () => {
    expect(taxonomy.searchOccupations('xqzvw')).toEqual([]);
    expect(taxonomy.searchOccupations('   ')).toEqual([]);
  });

  it('searches the transversal and digital skills collections', () => {
    expect(taxonomy.searchSkills('transversal', 'initiative')[0]!.concept.labels).toMatchObject({ en: 'show initiative', fr: 'faire preuve d’initiative' });
    expect(taxonomy.searchSkills('digital', 'spreadsheet')[0]!.concept.labels.en).toMatch(/spreadsheet/i);
    expect(taxonomy.searchSkills('digital', 'tableur')[0]!.concept.labels.fr).toMatch(/tableur/i);
  });
});

describe('occupation search over the built-in ISCO-08 titles (no ESCO import)', () => {
  let taxonomy: Taxonomy;
  beforeAll(async () => {
    taxonomy = new Taxonomy([], await loadDefaultIsco());
  });

  it.each([
    ['welder', '7212'],
    ['saldatore', '7212'],
    ['saldatori', '7212'],
    ['bricklayer', '7112'],
    ['muratore', '7112'],
    ['care worker', '5321'],
    ['badante', '5322'],
    ['cuoco', '5120'],
    ['camionista', '8332'],
    ['elettricsta', '7411'],
    ['idraulco', '7126'],
  ])('"%s" → ISCO-08 %s', (query, group) => {
    expect(topGroup(taxonomy, query)).toBe(group);
  });

  it('labels every group in Italian and English', () => {
    const [hit] = taxonomy.searchOccupations('saldatore');
    expect(hit!.concept.labels).toEqual({ en: 'Welders and flame cutters', it: 'Saldatori e tagliatori a fiamma' });
    expect(taxonomy.hasEsco).toBe(false);
  });
});

describe('text folding', () => {
  it('ignores case, Latin accents and ligatures', () => {
    expect(fold('MAÇON Œuvre Straße Ærø')).toBe('macon oeuvre strasse aero');
    expect(tokenize("chef d'équipe maçon/maçonne")).toEqual(['chef', 'd', 'equipe', 'macon', 'maconne']);
  });

  it('ignores Arabic diacritics, tatweel and hamza/alef variants', () => {
    expect(fold('مُهَنْدِس')).toBe('مهندس');
    expect(fold('مهـــندس')).toBe('مهندس');
    expect(fold('أستاذ')).toBe(fold('استاذ'));
    expect(fold('إدارة')).toBe(fold('اداره'));
    expect(fold('مستشفى')).toBe(fold('مستشفي'));

    const index = new SearchIndex();
    index.add({ uri: 'http://example.org/x', kind: 'occupation', labels: { ar: 'مُهَنْدِسٌ مَدَنِيّ' } }, [{ text: 'مُهَنْدِسٌ مَدَنِيّ', lang: 'ar', kind: 'preferred' }]);
    expect(index.search('مهندس مدني')).toHaveLength(1);
    expect(index.search('مهند')).toHaveLength(1);
  });
});

describe('edit distance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps, up to a bound', () => {
    expect(boundedDistance('welder', 'welder', 1)).toBe(0);
    expect(boundedDistance('weldre', 'welder', 1)).toBe(1);
    expect(boundedDistance('welder', 'welders', 1)).toBe(1);
    expect(boundedDistance('wxldxr', 'welder', 1)).toBe(2);
    expect(prefixDistance('weldr', 'welding', 1)).toBe(1);
    expect(prefixDistance('brickl', 'bricklayer', 1)).toBe(0);
  });
});
