import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { sameSource, sourceLabel } from './sources';

const page = { url: 'https://example.fi/', date: '2025-03-01', title: 'Kerhot' };
const notice = { notice: true as const, by: 'Tanssiseura ry', date: '2026-02-01' };

describe('sourceLabel', () => {
  it("names the organiser's own notice by its date, in the reader's language, with no link", () => {
    expect(sourceLabel(notice, t('fi'))).toEqual({ text: 'Järjestäjän oma ilmoitus 1.2.2026' });
    expect(sourceLabel(notice, t('sv'))).toEqual({ text: 'Arrangörens eget meddelande 1.2.2026' });
    expect(sourceLabel(notice, t('en'))).toEqual({ text: "The organiser's own notice, 1.2.2026" });
  });
  it('gives a page its link, title and date', () => {
    expect(sourceLabel(page, t('fi'))).toEqual({
      href: 'https://example.fi/',
      text: 'Kerhot',
      date: '1.3.2025',
      estimated: false,
    });
  });
});

describe('sameSource', () => {
  it('matches pages by address and notices by day, never a page with a notice', () => {
    expect(sameSource(page, { ...page, title: undefined })).toBe(true);
    expect(sameSource(notice, { ...notice })).toBe(true);
    expect(sameSource(notice, { ...notice, date: '2026-03-01' })).toBe(false);
    expect(sameSource(notice, page)).toBe(false);
    expect(sameSource(page, notice)).toBe(false);
  });
});
