import { describe, expect, it } from 'vitest';
import { isoDate, time } from '../../schema';
import { everydayDate, everydayTime, everydayTimeRange, everydayWeb, helsinkiToday } from './everyday';

describe('everydayTime', () => {
  it.each([
    ['10.00', '10:00'],
    ['10:00', '10:00'],
    ['klo 10', '10:00'],
    ['Klo 9.30', '09:30'],
    ['kello 18', '18:00'],
    ['kl. 13.15', '13:15'],
    ['10', '10:00'],
    ['9', '09:00'],
    [' 10.00. ', '10:00'],
    ['0.00', '00:00'],
  ])('%s → %s, which the schema accepts', (written, iso) => {
    expect(everydayTime(written)).toBe(iso);
    expect(time.safeParse(everydayTime(written)).success).toBe(true);
  });
  it.each(['24.00', '10.60', '10.5', 'aamulla', '10-12', ''])('leaves %j as written, for the schema to refuse', (s) => {
    expect(everydayTime(s)).toBe(s.trim());
    expect(time.safeParse(everydayTime(s)).success).toBe(false);
  });
});

describe('everydayTimeRange', () => {
  it('splits both times written in one box', () => {
    expect(everydayTimeRange('klo 10–11.30')).toEqual(['10:00', '11:30']);
    expect(everydayTimeRange('10-12')).toEqual(['10:00', '12:00']);
    expect(everydayTimeRange('9.00 — 10.00')).toEqual(['09:00', '10:00']);
  });
  it('is not a range otherwise', () => {
    expect(everydayTimeRange('10')).toBeUndefined();
    expect(everydayTimeRange('10-')).toBeUndefined();
    expect(everydayTimeRange('aamu-ilta')).toBeUndefined();
  });
});

describe('everydayDate', () => {
  it.each([
    ['1.2.2026', '2026-02-01'],
    ['01.02.2026', '2026-02-01'],
    ['1. 2. 2026', '2026-02-01'],
    ['31.12.2025.', '2025-12-31'],
    ['2026-02-01', '2026-02-01'],
  ])('%s → %s, which the schema accepts', (written, iso) => {
    expect(everydayDate(written)).toBe(iso);
    expect(isoDate.safeParse(everydayDate(written)).success).toBe(true);
  });
  it.each(['31.2.2026', '1.13.2026', '1.2.26', 'helmikuussa'])('gives %j to the schema to refuse', (s) => {
    expect(isoDate.safeParse(everydayDate(s)).success).toBe(false);
  });
});

describe('everydayWeb', () => {
  it('adds https:// to an address written without it, and leaves others alone', () => {
    expect(everydayWeb('www.yhdistys.fi')).toBe('https://www.yhdistys.fi');
    expect(everydayWeb('yhdistys.fi/tanssi')).toBe('https://yhdistys.fi/tanssi');
    expect(everydayWeb('http://yhdistys.fi/')).toBe('http://yhdistys.fi/');
    expect(everydayWeb('ei ole')).toBe('ei ole');
  });
});

describe('helsinkiToday', () => {
  it("is Helsinki's date, also just after midnight there", () => {
    expect(helsinkiToday(new Date('2026-01-31T22:30:00Z'))).toBe('2026-02-01');
    expect(helsinkiToday(new Date('2026-07-31T20:30:00Z'))).toBe('2026-07-31');
  });
});
