import { describe, expect, it } from 'vitest';
import { countForms, LANGS, t, template, type CountForms } from './index';
import { count, fill } from '../client/i18n/fill';

describe('template', () => {
  it('turns the number into {n} and leaves digits of the wording alone', () => {
    // A digit in the wording is what a replace('2', '{n}') would have broken.
    expect(template((n) => `${n} palvelua yli 65-vuotiaille 2025`)).toBe('{n} palvelua yli 65-vuotiaille 2025');
    expect(template((n) => `${n} / ${n}`)).toBe('{n} / {n}');
  });

  it('fails for a text that does not print its number', () => {
    expect(() => template(() => 'ei numeroa')).toThrow(/does not contain/);
  });

  it('round-trips every counted dictionary text the browser fills, in every language', () => {
    for (const lang of LANGS) {
      const d = t(lang);
      for (const fn of [d.mapList, d.mapListShowing, d.shortlistNav, d.searchFiltersChosen]) {
        for (const n of [0, 1, 2, 7, 12, 2025]) expect(fill(template(fn), { n })).toBe(fn(n));
      }
      for (const fn of [d.searchResults, d.servicesCount, d.fErrors]) {
        for (const n of [0, 1, 2, 7, 12, 2025]) expect(count(countForms(fn), n)).toBe(fn(n));
      }
    }
  });
});

describe('countForms', () => {
  it('keeps the own forms for 0 and 1 only where the wording differs', () => {
    const forms = JSON.parse(countForms(t('fi').searchResults)) as CountForms;
    expect(forms).toEqual({ n: '{n} palvelua löytyi.', 0: 'Palveluja ei löytynyt.', 1: '1 palvelu löytyi.' });
    expect(JSON.parse(countForms(t('en').servicesCount))).toEqual({ n: '{n} services', 1: '1 service' });
    expect(JSON.parse(countForms(t('fi').mapList))).toEqual({ n: 'Palvelut listana ({n})' });
  });
});

describe('fill', () => {
  it('fills every named placeholder and leaves unknown ones', () => {
    expect(fill('{s} lisätty, {s}; {x}', { s: 'Tuolijumppa' })).toBe('Tuolijumppa lisätty, Tuolijumppa; {x}');
  });

  it('puts a value in as written, even with $ patterns', () => {
    expect(fill('{s} poistettu', { s: 'Kerho $& $1 $$' })).toBe('Kerho $& $1 $$ poistettu');
  });
});

describe('how-to-join tags on cards', () => {
  // The tags under a card are facts about the service, side by side with its cost and the year
  // of its facts. A short verb in the imperative ("Hae", "Apply") reads as a button to press,
  // and the reader presses it. These are the verbs the site's buttons and instructions use.
  const IMPERATIVE = {
    fi: ['tule', 'hae', 'tilaa', 'varaa', 'ilmoittaudu', 'soita', 'kysy', 'lähetä', 'avaa'],
    sv: ['kom', 'ansök', 'beställ', 'boka', 'anmäl', 'ring', 'fråga', 'skicka', 'öppna'],
    en: ['just', 'come', 'apply', 'book', 'order', 'sign', 'register', 'call', 'ask', 'send', 'open'],
  } as const;

  it('state a fact, not an order: no label starts with an imperative verb', () => {
    for (const lang of LANGS) {
      const labels = Object.values(t(lang).joinShort);
      const orders = labels.filter((l) =>
        (IMPERATIVE[lang] as readonly string[]).includes(l.split(/\s/)[0].toLowerCase()),
      );
      expect(orders, lang).toEqual([]);
    }
  });

  it('differ from each other, so a filter by them can be told apart', () => {
    for (const lang of LANGS) expect(new Set(Object.values(t(lang).joinShort)).size, lang).toBe(5);
  });
});
