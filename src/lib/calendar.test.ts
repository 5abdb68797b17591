// The calendar files read back with a real iCalendar library (ical.js), as a calendar app would:
// every occurrence on the right weekday at the same Helsinki wall-clock time, also across the
// changes to and from summer time. Fixtures only: the real listings change with time.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { serviceSchema, type District, type Service, type ServiceInput } from '../schema';
import { calendarSlots, firstOnOrAfter, serviceCalendar, serviceEvents, themeCalendar } from './calendar';

const site = new URL('https://palvelut.example.org/');
const districtById = new Map<string, District>();
const NOW = new Date('2026-03-01T12:00:00Z');
const context = (lang: 'fi' | 'sv' | 'en' = 'fi', now = NOW) => ({ lang, site, districtById, now });

const listing = (over: Partial<ServiceInput> = {}): Service =>
  serviceSchema.parse({
    id: 'tuolijumppa',
    title: { fi: 'Tuolijumppa', sv: 'Stolgympa' },
    summary: { fi: 'Kevyttä jumppaa tuolilla istuen.', sv: 'Lätt gymnastik sittande på en stol.' },
    provider: 'esimerkkiyhdistys',
    themes: ['liikunta'],
    audience: ['65+'],
    locations: [{ name: 'Olohuone', street: 'Katu 1', postalCode: '20360', coordinates: { lat: 60.49, lon: 22.25 } }],
    schedule: {
      weekly: [
        { day: 'tue', start: '10:00', end: '11:30' },
        { day: 'sun', start: '10:00', end: '11:00' },
      ],
    },
    lastVerified: '2026-02-10',
    source: [{ url: 'https://example.fi/', date: '2026-02-10' }],
    ...over,
  });

type Occurrence = { local: string; utc: string; offset: number; weekday: number };

/** Every occurrence of every event, read by ical.js with the file's own VTIMEZONE. */
function read(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const occurrences: Occurrence[] = [];
    const iterator = event.iterator();
    for (let t = iterator.next(); t && occurrences.length < 500; t = iterator.next())
      occurrences.push({
        local: t.toString(),
        utc: t.toJSDate().toISOString(),
        offset: t.utcOffset() / 3600,
        weekday: t.dayOfWeek(),
      });
    return { event, component, occurrences };
  });
}

// The same instant as the time zone database (not the file) sees it in Helsinki.
const helsinki = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

describe('which listings get a calendar', () => {
  it('a live listing with weekly times checked within 12 months', () => {
    expect(calendarSlots(listing(), NOW)).toHaveLength(2);
  });
  it('not an old one (the same 12 months as the stale mark), nor one without weekly times, nor an ended or paused one', () => {
    expect(calendarSlots(listing({ lastVerified: '2025-02-28' }), NOW)).toEqual([]);
    expect(calendarSlots(listing({ lastVerified: '2025-03-02' }), NOW)).toHaveLength(2);
    expect(calendarSlots(listing({ schedule: { weekly: [], hours: { fi: 'Sovi aika puhelimessa.' } } }), NOW)).toEqual(
      [],
    );
    expect(calendarSlots(listing({ status: 'ended', statusNote: { reason: { fi: 'Ryhmä lopetti.' } } }), NOW)).toEqual(
      [],
    );
    expect(calendarSlots(listing({ status: 'paused', statusNote: { reason: { fi: 'Tauolla.' } } }), NOW)).toEqual([]);
  });
  it('not one whose season is over', () => {
    expect(
      calendarSlots(listing({ schedule: { weekly: [{ day: 'tue', start: '10:00' }], validUntil: '2026-02-28' } }), NOW),
    ).toEqual([]);
  });
  it('finds the first weekday on or after a date', () => {
    expect(firstOnOrAfter('2026-02-10', 'tue')).toBe('2026-02-10');
    expect(firstOnOrAfter('2026-02-10', 'mon')).toBe('2026-02-16');
    expect(firstOnOrAfter('2026-02-10', 'sun')).toBe('2026-02-15');
  });
});

describe("a listing's calendar read back by ical.js", () => {
  const text = serviceCalendar(listing(), context());
  const [tuesday, sunday] = read(text);

  it('repeats each weekly time on its weekday at the same Helsinki time, from the day it was checked to the day before it turns old', () => {
    expect(tuesday.occurrences[0].local).toBe('2026-02-10T10:00:00');
    // 10.2.2027 the listing turns stale: the 9th is the last Tuesday it vouches for.
    expect(tuesday.occurrences.at(-1)!.local).toBe('2027-02-09T10:00:00');
    expect(tuesday.occurrences).toHaveLength(53);
    expect(sunday.occurrences[0].local).toBe('2026-02-15T10:00:00');
    for (const { occurrences, event } of [tuesday, sunday])
      for (const o of occurrences) {
        expect(o.local.slice(11)).toBe('10:00:00');
        expect(o.weekday).toBe(event === tuesday.event ? ICAL.Time.TUESDAY : ICAL.Time.SUNDAY);
        const parts = helsinki.format(new Date(o.utc));
        expect(parts, o.utc).toBe(`${event === tuesday.event ? 'Tue' : 'Sun'} 10:00`);
      }
  });

  it('keeps the wall-clock time across the change to summer time in late March and back in late October', () => {
    const at = (date: string) => [...tuesday.occurrences, ...sunday.occurrences].find((o) => o.local.startsWith(date))!;
    // Summer time starts on Sunday 29.3.2026 at 03.00: that morning's 10.00 is already +03:00.
    expect(at('2026-03-24')).toMatchObject({ utc: '2026-03-24T08:00:00.000Z', offset: 2 });
    expect(at('2026-03-29')).toMatchObject({ utc: '2026-03-29T07:00:00.000Z', offset: 3 });
    expect(at('2026-03-31')).toMatchObject({ utc: '2026-03-31T07:00:00.000Z', offset: 3 });
    // It ends on Sunday 25.10.2026 at 04.00.
    expect(at('2026-10-20')).toMatchObject({ utc: '2026-10-20T07:00:00.000Z', offset: 3 });
    expect(at('2026-10-25')).toMatchObject({ utc: '2026-10-25T08:00:00.000Z', offset: 2 });
    expect(at('2026-10-27')).toMatchObject({ utc: '2026-10-27T08:00:00.000Z', offset: 2 });
  });

  it('gives the event its end, name, place, address and a UID that does not change between builds', () => {
    const c = tuesday.component;
    expect(tuesday.event.endDate.toString()).toBe('2026-02-10T11:30:00');
    expect(tuesday.event.startDate.zone.tzid).toBe('Europe/Helsinki');
    expect(tuesday.event.summary).toBe('Tuolijumppa');
    expect(tuesday.event.location).toBe('Olohuone, Katu 1, 20360 Turku');
    expect(c.getFirstPropertyValue('url')).toBe('https://palvelut.example.org/palvelut/tuolijumppa/');
    expect(tuesday.event.description).toContain('Ajat tarkistettu 10.2.2026.');
    expect(tuesday.event.uid).toBe('tuolijumppa-tue-1000@palvelut.example.org');
    expect(serviceCalendar(listing(), context('fi', new Date('2026-06-01T00:00:00Z')))).toBe(text);
  });

  it("is written in the reader's language, with the Finnish text where there is no translation", () => {
    const [sv] = read(
      serviceCalendar(
        listing({
          schedule: { weekly: [{ day: 'tue', start: '10:00', note: { fi: 'Vain parillisilla viikoilla' } }] },
        }),
        context('sv'),
      ),
    );
    expect(sv.event.summary).toBe('Stolgympa (Vain parillisilla viikoilla)');
    expect(sv.event.description).toContain('Tiderna kontrollerade 10.2.2026.');
    expect(sv.event.description).toContain('Sluttiden är inte känd.');
    expect(sv.component.getFirstPropertyValue('url')).toBe('https://palvelut.example.org/sv/palvelut/tuolijumppa/');
    expect(sv.component.hasProperty('dtend')).toBe(false);
  });
});

describe('a season', () => {
  it('starts on or after its first day and ends on its last, inclusive', () => {
    const autumn = listing({
      schedule: {
        weekly: [{ day: 'wed', start: '18:00', end: '19:00' }],
        period: { fi: 'syksy 2026' },
        validFrom: '2026-09-01',
        validUntil: '2026-12-16',
      },
    });
    const [wed] = read(serviceCalendar(autumn, context()));
    expect(wed.occurrences[0].local).toBe('2026-09-02T18:00:00');
    // 16.12. is a Wednesday: the last day of the season still has its evening.
    expect(wed.occurrences.at(-1)!.local).toBe('2026-12-16T18:00:00');
    expect(wed.occurrences).toHaveLength(16);
    expect(wed.occurrences.find((o) => o.local.startsWith('2026-10-21'))).toMatchObject({
      offset: 3,
      utc: '2026-10-21T15:00:00.000Z',
    });
    expect(wed.occurrences.find((o) => o.local.startsWith('2026-10-28'))).toMatchObject({
      offset: 2,
      utc: '2026-10-28T16:00:00.000Z',
    });
    expect(wed.event.description).toContain('Aikataulu: syksy 2026 (1.9.2026–16.12.2026).');
  });

  it("ends with the listing's freshness when that comes first", () => {
    const long = listing({ schedule: { weekly: [{ day: 'tue', start: '10:00' }], validUntil: '2027-06-30' } });
    expect(read(serviceCalendar(long, context()))[0].occurrences.at(-1)!.local).toBe('2027-02-09T10:00:00');
  });
});

describe("a theme's calendar", () => {
  it('holds the events of every listing that gets one, and none of an old one', () => {
    const fresh = listing();
    const old = listing({ id: 'vanha', lastVerified: '2024-05-01' });
    const other = listing({ id: 'toinen', schedule: { weekly: [{ day: 'fri', start: '13:00' }] } });
    const events = read(themeCalendar('Liikunta', [fresh, old, other], context()));
    expect(events.map((e) => e.event.uid)).toEqual([
      'tuolijumppa-tue-1000@palvelut.example.org',
      'tuolijumppa-sun-1000@palvelut.example.org',
      'toinen-fri-1300@palvelut.example.org',
    ]);
  });
  it('is a valid calendar with no events when none qualifies', () => {
    const empty = new ICAL.Component(
      ICAL.parse(themeCalendar('Liikunta', [listing({ lastVerified: '2020-01-01' })], context())),
    );
    expect(empty.getAllSubcomponents('vevent')).toEqual([]);
    expect(empty.getFirstPropertyValue('x-wr-calname')).toBe('Liikunta – Palvelutori Turku');
  });
  it('gives two slots at the same time on the same day different UIDs', () => {
    const twice = listing({
      schedule: {
        weekly: [
          { day: 'tue', start: '10:00', note: { fi: 'Ryhmä A' } },
          { day: 'tue', start: '10:00', note: { fi: 'Ryhmä B' } },
        ],
      },
    });
    expect(serviceEvents(twice, context()).map((e) => e.uid)).toEqual([
      'tuolijumppa-tue-1000@palvelut.example.org',
      'tuolijumppa-tue-1000-2@palvelut.example.org',
    ]);
  });
});
