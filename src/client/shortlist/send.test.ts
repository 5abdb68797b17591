import { describe, expect, it } from 'vitest';
import { sendLinks } from './send';

const item = (i: string, extra: object) => ({
  i,
  u: `/palvelut/${i}/`,
  t: `Palvelu ${i}`,
  p: 'Yhdistys',
  a: [],
  w: [],
  c: '',
  ...extra,
});
const text = {
  subject: 'Palvelutori Turku: palveluja sinulle',
  link: 'Lista verkossa',
  call: 'Soita',
  email: 'Sähköposti',
  web: 'Verkkosivu',
};

describe('sendLinks', () => {
  const { mailto, sms } = sendLinks(
    [item('a', { ph: '02 123 4567' }), item('b', { wb: 'https://b.fi/' })],
    'https://x.fi/oma-lista/?s=a,b',
    text,
  );
  it('writes every title with its phone, else its web address, and the share link into an e-mail', () => {
    expect(mailto.startsWith('mailto:?subject=Palvelutori%20Turku%3A%20palveluja%20sinulle&body=')).toBe(true);
    const body = decodeURIComponent(mailto.split('body=')[1]);
    expect(body).toBe(
      '1. Palvelu a – Yhdistys\n   Soita 02 123 4567\n2. Palvelu b – Yhdistys\n   Verkkosivu: https://b.fi/\n\nLista verkossa: https://x.fi/oma-lista/?s=a,b',
    );
  });
  it('keeps a text message to the subject and the link', () => {
    expect(decodeURIComponent(sms.replace('sms:?&body=', ''))).toBe(
      'Palvelutori Turku: palveluja sinulle: https://x.fi/oma-lista/?s=a,b',
    );
  });
});
