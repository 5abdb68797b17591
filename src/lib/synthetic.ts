// A synthetic directory of N listings for benchmarks: plausible Finnish titles, every theme,
// provider type and district, half with exact points. Deterministic (seeded), so two runs
// measure the same thing. Never written into content/.
import type { Content } from '../validation/corpus';
import type { Provider, Service } from '../schema';

function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const WHAT = [
  'Tuolijumppa',
  'Muistikahvila',
  'Lukupiiri',
  'Digiapu',
  'Kuntosaliryhmä',
  'Vesijumppa',
  'Ystäväpiiri',
  'Laulupiiri',
  'Lounas',
  'Omaishoitajien ryhmä',
  'Kävelyryhmä',
  'Asukasolohuone',
  'Kauppa-apu',
  'Siivousapu',
  'Tanssi',
  'Tietokonekurssi',
  'Kuulolähipalvelu',
  'Palvelulinja',
  'Seniorineuvonta',
  'Ruoka-apu',
];
const TYPES = ['public', 'ngo', 'parish', 'private'] as const;

export function syntheticContent(real: Content, n: number, seed = 42): Content {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const providers: Provider[] = Array.from({ length: Math.max(40, Math.round(n / 25)) }, (_, i) => ({
    id: `tuottaja-${i}`,
    name: {
      fi: `${pick(['Turun', 'Varissuon', 'Pansion', 'Runosmäen', 'Hirvensalon'])} ${pick(['Seniorit', 'Eläkeläiset', 'Yhdistys', 'Seurakunta', 'Palvelut Oy'])} ${i}`,
    },
    type: pick(TYPES),
    // A way to act, as the validator requires of every live listing (example.fi is reserved).
    contact: { web: 'https://example.fi/' },
  }));
  const services: Service[] = Array.from({ length: n }, (_, i) => {
    const district = pick(real.districts);
    const exact = r() < 0.5;
    const themes = [pick(real.themes).id];
    if (r() < 0.4) themes.push(pick(real.themes).id);
    return {
      id: `palvelu-${i}`,
      status: 'active',
      title: { fi: `${pick(WHAT)} ${district.name.fi} ${i}` },
      summary: { fi: `${pick(WHAT)} yli 65-vuotiaille. Tule mukaan.` },
      provider: pick(providers).id,
      themes: [...new Set(themes)],
      audience: ['65+'],
      cost: { type: pick(['free', 'fee', 'membership', 'voucher'] as const) },
      join: { type: pick(['drop-in', 'registration', 'referral'] as const) },
      languages: ['fi'],
      channels: ['in-person'],
      locations: [
        {
          district: district.id,
          city: 'Turku',
          busLines: [],
          accessibility: r() < 0.5 ? ['step-free-entrance'] : [],
          ...(exact
            ? {
                coordinates: {
                  lat: district.point.lat + (r() - 0.5) * 0.01,
                  lon: district.point.lon + (r() - 0.5) * 0.02,
                },
              }
            : {}),
        },
      ],
      lastVerified: '2025-01-01',
      source: [{ url: 'https://example.fi/', date: '2025-01-01' }],
    };
  });
  return { ...real, providers, services };
}
