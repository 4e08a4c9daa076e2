import { describe, expect, it } from 'vitest';
import type { Interview } from '../../../src/domain/interview';
import { interviewsNamed, searchForm } from '../../../src/ui/list/nameSearch';

const named = (displayName?: string) => ({ id: crypto.randomUUID(), ...(displayName === undefined ? {} : { displayName }) }) as Interview;

describe('the list’s name search', () => {
  it('finds a name typed without accents, capitals or its exact spacing', () => {
    const ana = named('Ana-María  López');
    const list = [ana, named('Mariam Yohannes'), named()];
    expect(interviewsNamed(list, 'maria lopez')).toEqual([ana]);
    expect(interviewsNamed(list, 'MARIA')).toEqual([ana, list[1]]);
    expect(interviewsNamed(list, '   ')).toEqual([]);
  });

  it('finds Arabic and Ethiopic names as typed, Arabic ones with or without their short vowels', () => {
    const arabic = named('مُحَمَّد علي');
    const tigrinya = named('ዮሃንስ በርሀ');
    expect(interviewsNamed([arabic, tigrinya], 'محمد')).toEqual([arabic]);
    expect(interviewsNamed([arabic, tigrinya], 'በርሀ')).toEqual([tigrinya]);
    expect(searchForm('Çağrı ÖZTÜRK')).toBe('cagri ozturk');
    expect(searchForm('Łukasz Đorđević Søren Straße')).toBe('lukasz dordevic soren strasse');
  });

  it('finds a name written in Cyrillic by its Latin spelling, Ukrainian or Russian, and as written', () => {
    const olena = named('Олена Коваленко');
    const oleksii = named('Олексій Гнатюк');
    const sergey = named('Сергей Горбунов');
    const list = [olena, oleksii, sergey];
    expect(interviewsNamed(list, 'olena kovalenko')).toEqual([olena]);
    // A passport's spelling and the usual one.
    expect(interviewsNamed(list, 'Oleksii Hnatiuk')).toEqual([oleksii]);
    expect(interviewsNamed(list, 'oleksiy hnatyuk')).toEqual([oleksii]);
    expect(interviewsNamed(list, 'Sergei Gorbunov')).toEqual([sergey]);
    expect(interviewsNamed(list, 'sergey')).toEqual([sergey]);
    expect(interviewsNamed(list, 'Коваленко')).toEqual([olena]);
    expect(interviewsNamed(list, 'olga')).toEqual([]);
  });
});
