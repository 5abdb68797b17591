import { describe, expect, it } from 'vitest';
import { reportLinks } from './report';

const item = { id: 'tuolijumppa', url: 'https://palvelutori.example/palvelut/tuolijumppa/', title: 'Tuolijumppa' };
const text = { subject: 'Virhe palvelussa: Tuolijumppa', body: 'Mikä on väärin?' };
const href = (links: ReturnType<typeof reportLinks>, via: string) => links.find((l) => l.via === via)?.href;

describe('reportLinks', () => {
  it('prefills a new issue with the listing id, address and title', () => {
    const github = href(reportLinks({ repository: 'https://github.com/org/repo/' }, item, text), 'github');
    const u = new URL(github!);
    expect(u.origin + u.pathname).toBe('https://github.com/org/repo/issues/new');
    expect(u.searchParams.get('title')).toBe('Virhe palvelussa: Tuolijumppa');
    expect(u.searchParams.get('body')).toContain(
      'id: tuolijumppa\nhttps://palvelutori.example/palvelut/tuolijumppa/\nTuolijumppa',
    );
  });
  it('offers the same as an e-mail, first, and only the e-mail when no repository is configured', () => {
    const both = reportLinks(
      { repository: 'https://github.com/org/repo', maintainerEmail: 'toimitus@example.org' },
      item,
      text,
    );
    expect(both.map((l) => l.via)).toEqual(['email', 'github']);
    const links = reportLinks({ repository: '', maintainerEmail: 'toimitus@example.org' }, item, text);
    expect(links.map((l) => l.via)).toEqual(['email']);
    expect(links[0].href).toMatch(/^mailto:toimitus@example\.org\?subject=Virhe%20palvelussa:%20Tuolijumppa&body=/);
    expect(decodeURIComponent(links[0].href.split('body=')[1])).toContain('id: tuolijumppa');
  });
  it('shows nothing that is not configured', () => {
    expect(reportLinks({}, item, text)).toEqual([]);
  });
});
