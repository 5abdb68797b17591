import { describe, expect, it } from 'vitest';
import { iframeCode, isEmpty, matchesEmbed, parseEmbedQuery } from './embed';
import { routes } from './routes';

describe('the embeddable list’s query', () => {
  it('reads comma-separated ids from teema, alue and jarjestaja, and drops what is not an id', () => {
    expect(parseEmbedQuery('?teema=liikunta,seura&alue=runosmaki&jarjestaja=turun-kaupunki')).toEqual({
      themes: ['liikunta', 'seura'],
      districts: ['runosmaki'],
      providers: ['turun-kaupunki'],
    });
    expect(parseEmbedQuery('?teema=Liikunta&teema=seura,,liikunta&alue=<script>&x=y')).toEqual({
      themes: ['liikunta', 'seura'],
      districts: [],
      providers: [],
    });
    expect(isEmpty(parseEmbedQuery(''))).toBe(true);
  });

  it('reads back what the route writes', () => {
    const choice = { themes: ['liikunta', 'seura'], districts: ['runosmaki'], providers: ['turun-kaupunki'] };
    expect(parseEmbedQuery(routes.embed('sv', choice).split('?')[1])).toEqual(choice);
  });

  it('needs every parameter to match, any id within one', () => {
    const item = { themes: ['liikunta', 'seura'], districts: ['runosmaki', 'pansio'], provider: 'turun-kaupunki' };
    const q = (s: string) => parseEmbedQuery(s);
    expect(matchesEmbed(item, q(''))).toBe(true);
    expect(matchesEmbed(item, q('teema=kulttuuri,seura'))).toBe(true);
    expect(matchesEmbed(item, q('teema=kulttuuri'))).toBe(false);
    expect(matchesEmbed(item, q('teema=liikunta&alue=pansio&jarjestaja=turun-kaupunki'))).toBe(true);
    expect(matchesEmbed(item, q('teema=liikunta&alue=hirvensalo'))).toBe(false);
    expect(matchesEmbed(item, q('jarjestaja=kela'))).toBe(false);
    // A service without a place is not in any district.
    expect(matchesEmbed({ ...item, districts: [] }, q('alue=pansio'))).toBe(false);
  });
});

describe('the iframe code', () => {
  it('names the frame and escapes what it is given', () => {
    const code = iframeCode('https://x.example/upotus/?teema=a,b&alue=c', 'Palvelutori "Turku" <lista>');
    expect(code).toBe(
      '<iframe src="https://x.example/upotus/?teema=a,b&amp;alue=c" title="Palvelutori &quot;Turku&quot; &lt;lista>" width="100%" height="600" style="border: 1px solid; max-width: 100%;" loading="lazy"></iframe>',
    );
  });
});
