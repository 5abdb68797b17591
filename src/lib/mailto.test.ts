import { describe, expect, it } from 'vitest';
import { mailtoHref } from './mailto';

const body = 'Hei!\n\nPalvelu: Tanssi & laulu, 5 € + kahvi\n--- content/services/tanssi.yaml ---\nid: tanssi\n';

describe('mailtoHref', () => {
  it('encodes spaces as %20, keeps & and + in the text, and gives the body back whole', () => {
    const href = mailtoHref('toimitus@example.org', 'Uusi palvelu: Tanssi', body)!;
    expect(href).toMatch(/^mailto:toimitus@example\.org\?subject=Uusi%20palvelu:%20Tanssi&body=/);
    expect(href).not.toContain('+');
    // "&" in the text stays inside the body.
    expect(href.split('&')).toHaveLength(2);
    expect(decodeURIComponent(href.split('&body=')[1])).toBe(body);
  });
  it('is not made when the body would be too long for mail programs', () => {
    expect(mailtoHref('a@example.org', 's', 'x'.repeat(1801))).toBeUndefined();
    expect(mailtoHref('a@example.org', 's', 'ä'.repeat(301))).toBeUndefined();
  });
});
