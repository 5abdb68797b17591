import { describe, expect, it } from 'vitest';
import type { HandoutItem } from '../../lib/handout';
import { sendLinks } from './send';

const item = (i: string, extra: Partial<HandoutItem>): HandoutItem => ({
  i,
  u: `/palvelut/${i}/`,
  t: `Palvelu ${i}`,
  p: 'Yhdistys',
  a: [],
  w: [],
  y: 'Tiedot vuodelta 2021',
  ...extra,
});
const text = {
  subject: 'Palvelutori Turku: palveluja sinulle',
  link: 'Lista verkossa',
  call: 'Soita',
  email: 'Sähköposti',
  web: 'Verkkosivu',
  phoneHours: 'Puhelinaika',
  organiser: 'Järjestäjän yleiset yhteystiedot',
  when: 'Milloin',
  where: 'Missä',
  cost: 'Hinta',
  join: 'Mukaan',
  ask: 'Kysy järjestäjältä',
};

describe('sendLinks', () => {
  const { mailto, sms } = sendLinks(
    [
      item('a', {
        a: ['Aurakatu 1, 20100 Turku', 'Puhelimessa'],
        w: ['Maanantai 10.00–11.30', 'Torstai 14.00'],
        c: 'Maksuton',
        j: 'Ilmoittaudu etukäteen',
        o: { ph: '02 123 4567', h: 'ma–pe 9–15', e: 'a@a.fi', wb: 'https://a.fi/' },
      }),
      // Only its organiser's contact, and most facts left out.
      item('b', {
        a: ['Runosmäki'],
        w: ['Aikataulu on vanha (2013).', 'Ti 10.00'],
        q: 'hinta, miten pääsee mukaan',
        g: { ph: '02 222 2222', wb: 'https://b.fi/' },
      }),
      item('c', {
        a: ['Verkossa'],
        w: ['Ti 18.00'],
        c: 'Jäsenmaksu: 20 euroa',
        o: { wb: 'https://c.fi/' },
        g: { ph: '040 333 3333' },
      }),
    ],
    'https://x.fi/oma-lista/?s=a,b,c',
    text,
  );
  const body = decodeURIComponent(mailto.split('body=')[1]);

  it('writes each service with its organiser, time, place, cost, joining, every route and the year of its facts', () => {
    expect(mailto.startsWith('mailto:?subject=Palvelutori%20Turku%3A%20palveluja%20sinulle&body=')).toBe(true);
    expect(body).toBe(
      [
        '1. Palvelu a – Yhdistys',
        '   Milloin: Maanantai 10.00–11.30; Torstai 14.00',
        '   Missä: Aurakatu 1, 20100 Turku; Puhelimessa',
        '   Hinta: Maksuton',
        '   Mukaan: Ilmoittaudu etukäteen',
        '   Soita 02 123 4567 (Puhelinaika: ma–pe 9–15)',
        '   Sähköposti: a@a.fi',
        '   Verkkosivu: https://a.fi/',
        '   Tiedot vuodelta 2021',
        '2. Palvelu b – Yhdistys',
        '   Milloin: Aikataulu on vanha (2013). Ti 10.00',
        '   Missä: Runosmäki',
        '   Kysy järjestäjältä: hinta, miten pääsee mukaan',
        '   Järjestäjän yleiset yhteystiedot:',
        '     Soita 02 222 2222',
        '     Verkkosivu: https://b.fi/',
        '   Tiedot vuodelta 2021',
        '3. Palvelu c – Yhdistys',
        '   Milloin: Ti 18.00',
        '   Missä: Verkossa',
        '   Hinta: Jäsenmaksu: 20 euroa',
        '   Verkkosivu: https://c.fi/',
        '   Järjestäjän yleiset yhteystiedot:',
        '     Soita 040 333 3333',
        '   Tiedot vuodelta 2021',
        '',
        'Lista verkossa: https://x.fi/oma-lista/?s=a,b,c',
      ].join('\n'),
    );
  });
  it('keeps a text message to the subject and the link', () => {
    expect(decodeURIComponent(sms.replace('sms:?&body=', ''))).toBe(
      'Palvelutori Turku: palveluja sinulle: https://x.fi/oma-lista/?s=a,b,c',
    );
  });
});
