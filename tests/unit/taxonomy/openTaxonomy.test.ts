// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { openTaxonomy } from '../../../src/taxonomy/workerService';

describe('opening the taxonomy where no module worker runs', () => {
  it('searches occupations on the main thread, with the built-in ISCO-08 titles when no ESCO is installed', async () => {
    expect(typeof Worker).toBe('undefined');
    const service = await openTaxonomy(['it']);
    expect(service.hasEsco).toBe(false);
    const [first] = await service.searchOccupations('saldatore', 5);
    expect(first?.concept.iscoCode).toBe('7212');
    expect(service.iscoTitle('7212', 'it')?.text).toMatch(/saldator/i);
  });
});
