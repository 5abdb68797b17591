import { describe, expect, it } from 'vitest';
import { validateCorpus } from '../../validation/corpus';
import { corpus, goodService } from '../../validation/test-helpers';
import { clusterForZoom, serviceFeatures, stackSamePlaces, type StackProps } from './service-features';

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

describe('services at the same place', () => {
  const at = (lat: number, lon: number) => ({ district: 'runosmaki', coordinates: { lat, lon } });
  const { content } = validateCorpus(
    corpus({
      services: [
        goodService,
        // The same door (60.49, 22.25), and two metres from it.
        { ...goodService, id: 'samassa', themes: ['seura'], locations: [at(60.49, 22.25)] },
        { ...goodService, id: 'vieressa', locations: [at(60.49001, 22.25003)] },
        // Twice at that door: one service there.
        { ...goodService, id: 'kahdesti', locations: [at(60.49, 22.25), at(60.49, 22.25)] },
        // Fifty metres away: a place of its own.
        { ...goodService, id: 'kauempana', locations: [at(60.49045, 22.25)] },
        // Two somewhere in Varissuo: they share the district's point.
        { ...goodService, id: 'jossain', locations: [{ district: 'varissuo' }] },
        { ...goodService, id: 'jossain-muualla', locations: [{ district: 'varissuo' }] },
      ],
    }),
  );
  const markers = stackSamePlaces(serviceFeatures(content));
  const stacks = markers.filter((m) => 'stack' in m.properties).map((m) => m.properties as StackProps);

  it('are one marker with their number, listing each service once with its district', () => {
    expect(markers).toHaveLength(3);
    const door = stacks.find((p) => p.approx === 0)!;
    expect(door).toMatchObject({ cluster: 1, stack: 1, count: 4, themes: '|liikunta|seura|' });
    expect(JSON.parse(door.members)).toEqual([
      ['tuolijumppa', 'runosmaki'],
      ['samassa', 'runosmaki'],
      ['vieressa', 'runosmaki'],
      ['kahdesti', 'runosmaki'],
    ]);
    expect(markers.find((m) => (m.properties as { id?: string }).id === 'kauempana')).toBeTruthy();
  });

  it('stack district-only services at their district’s point apart from exact places', () => {
    const area = stacks.find((p) => p.approx === 1)!;
    expect(JSON.parse(area.members)).toEqual([
      ['jossain', 'varissuo'],
      ['jossain-muualla', 'varissuo'],
    ]);
  });

  it('count as all their services when zoomed out', () => {
    const far = clusterForZoom(markers, 10).filter((f) => f.properties.cluster === 1);
    expect(far.map((f) => (f.properties as { count: number }).count).sort()).toEqual([2, 5]);
    // Zoomed in, a stack stays a stack: no zoom level sets its services apart.
    expect(clusterForZoom(markers, 17)).toEqual(markers);
  });
});
