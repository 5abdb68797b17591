import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../validation/corpus';
import { corpus, goodService } from '../../validation/test-helpers';
import { clusterForZoom, serviceFeatures } from './service-features';

const { content } = validateCorpus(
  corpus({
    services: [
      goodService,
      {
        ...goodService,
        id: 'naapuri',
        locations: [{ district: 'runosmaki', coordinates: { lat: 60.4901, lon: 22.2502 } }],
      },
      { ...goodService, id: 'jossain', locations: [{ district: 'varissuo' }] },
      { ...goodService, id: 'puhelin', locations: [], channels: ['phone'] },
      { ...goodService, id: 'paattynyt', status: 'ended' },
    ],
  }),
);

describe('service map features', () => {
  const features = serviceFeatures(content);
  it('places exact locations at their coordinates and district-only ones at the district point, marked approx', () => {
    expect(features.map((f) => f.properties.id).sort()).toEqual(['jossain', 'naapuri', 'tuolijumppa']);
    const approx = features.find((f) => f.properties.id === 'jossain')!;
    const varissuo = content.districts.find((d) => d.id === 'varissuo')!;
    expect(approx.properties.approx).toBe(1);
    expect(approx.geometry.coordinates).toEqual([varissuo.point.lon, varissuo.point.lat]);
    expect(features.find((f) => f.properties.id === 'tuolijumppa')!.properties).toMatchObject({
      approx: 0,
      themes: '|liikunta|',
      pt: '|ngo|',
      cost: '|free|',
    });
  });
  it('clusters nearby markers when zoomed out and shows each one when zoomed in', () => {
    const far = clusterForZoom(features, 10);
    const cluster = far.find((f) => f.properties.cluster === 1)!;
    expect(cluster.properties).toMatchObject({ count: 2, themes: '|liikunta|' });
    // Varissuo is far from Runosmäki: its area marker stays on its own.
    expect(far.filter((f) => f.properties.cluster === 0).map((f) => (f.properties as { id: string }).id)).toEqual([
      'jossain',
    ]);
    expect(
      clusterForZoom(features, 5)
        .filter((f) => f.properties.cluster === 1)
        .map((f) => (f.properties as { count: number }).count),
    ).toEqual([3]);
    const near = clusterForZoom(features, 17);
    expect(near.every((f) => f.properties.cluster === 0)).toBe(true);
  });
});
