import { describe, expect, it } from 'vitest';
import { checkPlainText, sentences } from './plain-language';

const kinds = (text: string, allow?: Set<string>) =>
  checkPlainText(text, allow).findings.map((f) => `${f.kind}:${f.text.split(':')[0]}`);

describe('plain-language checker', () => {
  it('passes short plain sentences', () => {
    const r = checkPlainText('Kevyttä jumppaa tuolilla istuen. Sopii kaikille. Tule paikalle.');
    expect(r.findings).toEqual([]);
    expect(r.sentences).toBe(3);
  });
  it('warns about a sentence over 15 words', () => {
    expect(
      kinds(
        'Tässä ryhmässä me liikumme yhdessä ja juttelemme ja juomme kahvia ja nauramme paljon ja lähdemme sitten kotiin iloisina.',
      ),
    ).toEqual(['sentence:18']);
  });
  it('warns about words over 20 letters unless allowed', () => {
    expect(kinds('Tule terveydenhuoltopalvelujärjestelmään.')).toEqual(['word:terveydenhuoltopalvelujärjestelmään']);
    expect(kinds('Lähimmäispalveluyhdistyksen ryhmä.', new Set(['lähimmäispalveluyhdistyksen']))).toEqual([]);
  });
  it('warns about abbreviations and acronyms', () => {
    expect(kinds('Tuo mm. kahvikuppi. Järjestäjä on SPR.')).toEqual(['abbreviation:mm.', 'abbreviation:SPR']);
  });
  it('warns about passive forms but not words that only look passive', () => {
    expect(kinds('Ryhmässä jumpataan ja lauletaan.')).toEqual(['passive:jumpataan', 'passive:lauletaan']);
    expect(kinds('Soita suoraan. Tule yksinään tai kokonaan.')).toEqual([]);
    expect(kinds('Maksat enintään 25 euroa. Soita viimeistään tänään. Et maksa mitään.')).toEqual([]);
  });
  it('does not end a sentence at an abbreviation or a time', () => {
    expect(sentences('Tule klo 10.00 paikalle. Tuo esim. sukat.')).toHaveLength(2);
  });
  it('gives a higher LIX to harder text', () => {
    const easy = checkPlainText('Tule jumppaan. Se on kivaa. Saat seuraa.').lix;
    const hard = checkPlainText(
      'Kuntoutumista edistävä ryhmätoiminta kohdennetaan ensisijaisesti ikääntyneille kuntalaisille.',
    ).lix;
    expect(hard).toBeGreaterThan(easy + 30);
  });
});
