import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import {
  describeOccurrence,
  nextSession,
  nextSessionData,
  nextSessionLine,
  shortTime,
  wallClock,
  type Slot,
} from './next-session';

const at = (iso: string) => new Date(iso);
const on = (slots: Slot[], now: string, range = {}) => nextSession(slots, at(now), range);
const words = (lang: 'fi' | 'sv' | 'en') => ({
  text: t(lang).nextSession('{w}', '{d}', '{t}'),
  days: t(lang).weekdaysShort,
});

describe('the wall clock in Helsinki', () => {
  it('follows winter (UTC+2) and summer (UTC+3) time', () => {
    expect(wallClock(at('2026-01-15T10:00:00Z'))).toEqual({ date: '2026-01-15', time: '12:00' });
    expect(wallClock(at('2026-07-15T10:00:00Z'))).toEqual({ date: '2026-07-15', time: '13:00' });
    // Already Wednesday in Helsinki while still Tuesday in UTC.
    expect(wallClock(at('2026-12-01T22:30:00Z'))).toEqual({ date: '2026-12-02', time: '00:30' });
  });
});

describe('the next session', () => {
  const tue10: Slot = { day: 'tue', start: '10:00' };

  it('counts today’s session until it starts, then gives next week’s', () => {
    // Tuesday 1.12.2026, 9.59 and 10.00 in Helsinki.
    expect(on([tue10], '2026-12-01T07:59:00Z')?.date).toBe('2026-12-01');
    expect(on([tue10], '2026-12-01T08:00:00Z')?.date).toBe('2026-12-08');
  });

  it('takes the earliest of several sessions, on the same day and across the week', () => {
    const slots: Slot[] = [{ day: 'thu', start: '14:00' }, { day: 'thu', start: '09:30', note: 'Aamuryhmä' }, tue10];
    expect(on(slots, '2026-12-01T10:00:00Z')).toEqual({
      date: '2026-12-03',
      day: 'thu',
      start: '09:30',
      note: 'Aamuryhmä',
    });
    expect(on(slots, '2026-12-03T08:00:00Z')?.start).toBe('14:00');
  });

  it('wraps from Sunday to Monday, and over the turn of the year', () => {
    expect(on([{ day: 'mon', start: '09:00' }], '2026-11-29T19:00:00Z')?.date).toBe('2026-11-30');
    expect(on([{ day: 'sun', start: '10:00' }], '2026-11-29T19:00:00Z')?.date).toBe('2026-12-06');
    expect(on([{ day: 'fri', start: '10:00' }], '2026-12-31T20:00:00Z')?.date).toBe('2027-01-01');
  });

  it('uses Helsinki’s date, not UTC’s, just after midnight', () => {
    // 00.30 on Wednesday in Helsinki is 22.30 on Tuesday in UTC.
    expect(
      on(
        [
          { day: 'wed', start: '10:00' },
          { day: 'tue', start: '23:00' },
        ],
        '2026-12-01T22:30:00Z',
      )?.date,
    ).toBe('2026-12-02');
  });

  it('keeps to the wall clock when summer time starts (29.3.2026, 03.00 → 04.00)', () => {
    // 07.30 UTC is 10.30 summer time: the 10.00 session has started (in winter time it would be 9.30).
    expect(on([{ day: 'sun', start: '10:00' }], '2026-03-29T07:30:00Z')?.date).toBe('2026-04-05');
    expect(on([{ day: 'sun', start: '10:45' }], '2026-03-29T07:30:00Z')?.date).toBe('2026-03-29');
    // The night before the change: 00.30 winter time on the Sunday.
    expect(on([{ day: 'sun', start: '10:00' }], '2026-03-28T22:30:00Z')?.date).toBe('2026-03-29');
  });

  it('keeps to the wall clock when summer time ends (25.10.2026, 04.00 → 03.00)', () => {
    // 08.30 UTC is 10.30 winter time: the 11.00 session is still ahead (in summer time it would be 11.30).
    expect(on([{ day: 'sun', start: '11:00' }], '2026-10-25T08:30:00Z')?.date).toBe('2026-10-25');
    expect(on([{ day: 'sun', start: '10:00' }], '2026-10-25T08:30:00Z')?.date).toBe('2026-11-01');
  });

  it('gives none after the last day of the period, and the last sessions before it', () => {
    const slots: Slot[] = [tue10, { day: 'thu', start: '10:00' }];
    const range = { validUntil: '2026-12-10' };
    expect(on(slots, '2026-12-08T12:00:00Z', range)?.date).toBe('2026-12-10');
    expect(on(slots, '2026-12-10T07:00:00Z', range)?.date).toBe('2026-12-10');
    expect(on(slots, '2026-12-10T09:00:00Z', range)).toBeUndefined();
    expect(on([tue10], '2026-12-09T12:00:00Z', range)).toBeUndefined();
  });

  it('starts from the first day of a period that has not begun', () => {
    // Tuesday 1.9.2026 is the first day: that day's session counts whatever the time now.
    const range = { validFrom: '2026-09-01', validUntil: '2026-12-15' };
    expect(on([tue10], '2026-08-20T15:00:00Z', range)?.date).toBe('2026-09-01');
    expect(on([{ day: 'mon', start: '10:00' }], '2026-08-20T15:00:00Z', range)?.date).toBe('2026-09-07');
  });

  it('has none without weekly times', () => {
    expect(on([], '2026-12-01T08:00:00Z')).toBeUndefined();
  });
});

describe('how the next session is said', () => {
  const o = { date: '2026-12-01', day: 'tue' as const, start: '10:00' };
  it('in each language, with dates the Finnish way', () => {
    expect(describeOccurrence(o, words('fi'))).toBe('Seuraava kerta ti 1.12. klo 10');
    expect(describeOccurrence(o, words('sv'))).toBe('Nästa gång ti 1.12. kl. 10');
    expect(describeOccurrence(o, words('en'))).toBe('Next time Tue 1.12. at 10');
  });
  it('with minutes only when there are some', () => {
    expect(shortTime('10:00')).toBe('10');
    expect(shortTime('09:30')).toBe('9.30');
    expect(describeOccurrence({ ...o, day: 'sun', date: '2027-01-03', start: '18:15' }, words('fi'))).toBe(
      'Seuraava kerta su 3.1. klo 18.15',
    );
  });
});

describe('the 12-month rule', () => {
  const slots: Slot[] = [{ day: 'tue', start: '10:00', note: 'Vain parillisilla viikoilla' }];
  const data = nextSessionData({ slots, verified: '2026-01-10' }, words('fi'), at('2026-11-30T12:00:00Z'))!;

  it('leaves an old timetable out when the page is built', () => {
    expect(data).toBeDefined();
    expect(nextSessionData({ slots, verified: '2025-11-01' }, words('fi'), at('2026-11-30T12:00:00Z'))).toBeUndefined();
    expect(
      nextSessionData({ slots: [], verified: '2026-11-01' }, words('fi'), at('2026-11-30T12:00:00Z')),
    ).toBeUndefined();
  });

  it('and again in the browser, when the page was built before the listing grew old', () => {
    expect(nextSessionLine(data, at('2026-12-01T06:00:00Z'))).toEqual({
      text: 'Seuraava kerta ti 1.12. klo 10',
      note: 'Vain parillisilla viikoilla',
      noteLang: undefined,
    });
    expect(nextSessionLine(data, at('2027-01-12T06:00:00Z'))).toBeUndefined();
  });
});
