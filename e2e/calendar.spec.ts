// Calendar files: a listing's weekly times can be added to a calendar only while they are less
// than a year old; an old timetable says its year and offers no file. Whether a real listing
// qualifies changes with time, so each listing is checked against the one rule (calendarSlots).
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { t } from '../src/i18n';
import { calendarSlots } from '../src/lib/calendar';
import { seasonText } from '../src/lib/format';
import { routes } from '../src/lib/routes';
import { content, live } from './content';

const LANGS = ['fi', 'sv', 'en'] as const;
const now = new Date();
const withWeekly = live.filter((s) => s.schedule?.weekly.length);

test('a listing with weekly times offers a calendar file exactly when its times are less than a year old', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  test.skip(withWeekly.length === 0, 'no listing has weekly times');
  for (const s of withWeekly)
    for (const lang of LANGS) {
      const d = t(lang);
      await page.goto(routes.service(lang, s.id));
      const when = page.locator('section:has(#when)');
      const link = when.getByRole('link', { name: d.calendarLink });
      const file = await request.get(routes.serviceCalendar(lang, s.id));
      const slots = calendarSlots(s, now);
      if (slots.length) {
        await expect(link).toHaveAttribute('href', routes.serviceCalendar(lang, s.id));
        expect(file.status()).toBe(200);
        expect(file.headers()['content-type']).toMatch(/^text\/calendar/);
        const calendar = new ICAL.Component(ICAL.parse(await file.text()));
        expect(calendar.getAllSubcomponents('vevent')).toHaveLength(slots.length);
      } else {
        await expect(link, s.id).toHaveCount(0);
        expect(file.status(), s.id).toBe(404);
        await expect(when.locator('.schedule-age')).toHaveText(
          d.scheduleOld(seasonText(s.schedule, lang) ?? s.lastVerified.slice(0, 4)),
        );
      }
    }
});

test('every theme has a calendar feed of its qualifying listings, linked from its page when it has any', async ({
  page,
  request,
}) => {
  for (const theme of content.themes)
    for (const lang of ['fi', 'en'] as const) {
      const file = await request.get(routes.themeCalendar(lang, theme.id));
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toMatch(/^text\/calendar/);
      const events = new ICAL.Component(ICAL.parse(await file.text())).getAllSubcomponents('vevent');
      const expected = live.filter((s) => s.themes.includes(theme.id)).flatMap((s) => calendarSlots(s, now));
      expect(events).toHaveLength(expected.length);
      await page.goto(routes.theme(lang, theme.id));
      await expect(page.getByRole('link', { name: t(lang).calendarTheme })).toHaveCount(expected.length ? 1 : 0);
    }
});
