import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, helsinkiOffset, helsinkiToUtc, writeCalendar, type WeeklyEvent } from './ics';

const utf8 = new TextEncoder();
const octets = (s: string) => utf8.encode(s).length;
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

const event: WeeklyEvent = {
  uid: 'tuolijumppa-tue-1000@example.org',
  stamp: '2026-02-10',
  date: '2026-02-10',
  start: '10:00',
  end: '11:30',
  day: 'tue',
  until: '2026-12-15',
  summary: 'Tuolijumppa; kaikille, myös aloittelijoille',
  description: 'Rivi yksi\nRivi kaksi \\ kenoviiva',
  location: 'Olohuone, Katu 1, 20360 Turku',
  geo: { lat: 60.49, lon: 22.25 },
  url: 'https://example.org/palvelut/tuolijumppa/',
};

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a character, and unfolds to the same line', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'ä', '€', '😀', ' ', ';'), maxLength: 400 });
    fc.assert(
      fc.property(text, (s) => {
        const folded = foldLine(`SUMMARY:${s}`);
        const lines = folded.split('\r\n');
        return (
          lines.every((l) => octets(l) <= 75) &&
          lines.slice(1).every((l) => l.startsWith(' ')) &&
          unfold(folded) === `SUMMARY:${s}` &&
          !folded.includes('\uFFFD')
        );
      }),
    );
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});

describe('Helsinki time', () => {
  it('agrees with the time zone database on every hour of several years', () => {
    const helsinkiHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' });
    const wrong: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2031, 0, 1); t += 3_600_000) {
      const name = helsinkiHour.formatToParts(new Date(t)).find((p) => p.type === 'timeZoneName')!.value;
      if (`GMT+0${helsinkiOffset(new Date(t))}:00` !== name) wrong.push(`${new Date(t).toISOString()} ${name}`);
    }
    expect(wrong).toEqual([]);
  });
  it('turns a wall-clock time into the instant, on both sides of each change', () => {
    expect(helsinkiToUtc('2026-03-28', '10:00').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(helsinkiToUtc('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(helsinkiToUtc('2026-10-24', '23:59:59').toISOString()).toBe('2026-10-24T20:59:59.000Z');
    expect(helsinkiToUtc('2026-10-25', '23:59:59').toISOString()).toBe('2026-10-25T21:59:59.000Z');
  });
});

describe('calendar file', () => {
  const text = writeCalendar({ name: 'Liikunta – Palvelutori Turku', events: [event] });
  const lines = unfold(text).split('\r\n');

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('has the calendar properties, the Helsinki time zone and one event in it', () => {
    expect(lines.slice(0, 4)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Palvelutori Turku//Palvelutori Turku//FI',
      'CALSCALE:GREGORIAN',
    ]);
    expect(lines).toContain('X-WR-CALNAME:Liikunta – Palvelutori Turku');
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1).join('\n');
    expect(tz).toContain('TZID:Europe/Helsinki');
    expect(tz).toMatch(
      /BEGIN:DAYLIGHT\nTZOFFSETFROM:\+0200\nTZOFFSETTO:\+0300\nTZNAME:EEST\nDTSTART:19700329T030000\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nEND:DAYLIGHT/,
    );
    expect(tz).toMatch(
      /BEGIN:STANDARD\nTZOFFSETFROM:\+0300\nTZOFFSETTO:\+0200\nTZNAME:EET\nDTSTART:19701025T040000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nEND:STANDARD/,
    );
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('writes the event in local time with a UTC end to its repetition', () => {
    expect(lines).toContain('UID:tuolijumppa-tue-1000@example.org');
    expect(lines).toContain('DTSTAMP:20260210T000000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Helsinki:20260210T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Helsinki:20260210T113000');
    // 15.12.2026 23:59:59 in Helsinki is 21:59:59 UTC (winter time).
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T215959Z');
    expect(lines).toContain('SUMMARY:Tuolijumppa\\; kaikille\\, myös aloittelijoille');
    expect(lines).toContain('DESCRIPTION:Rivi yksi\\nRivi kaksi \\\\ kenoviiva');
    expect(lines).toContain('LOCATION:Olohuone\\, Katu 1\\, 20360 Turku');
    expect(lines).toContain('GEO:60.49;22.25');
    expect(lines).toContain('URL:https://example.org/palvelut/tuolijumppa/');
  });

  it('leaves out what is not known instead of inventing it', () => {
    const bare = unfold(
      writeCalendar({
        name: 'x',
        events: [
          { ...event, end: undefined, until: undefined, location: undefined, geo: undefined, description: undefined },
        ],
      }),
    );
    expect(bare).not.toMatch(/^(DTEND|LOCATION|GEO|DESCRIPTION)/m);
    expect(bare).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU\r\n');
  });

  it('writes the same file from the same facts', () => {
    expect(writeCalendar({ name: 'Liikunta – Palvelutori Turku', events: [event] })).toBe(text);
  });
});
