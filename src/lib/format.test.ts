import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, seasonText, weekdayName } from './format';
import { telHref } from './phone';

describe('Finnish formats in every language', () => {
  it('formats dates and times the Finnish way', () => {
    expect(formatDate('2025-03-01')).toBe('1.3.2025');
    expect(formatTime('09:30')).toBe('09.30');
  });
  it('names weekdays in the page language', () => {
    expect(weekdayName('tue', 'fi')).toBe('Tiistai');
    expect(weekdayName('tue', 'sv')).toBe('Tisdag');
    expect(weekdayName('sun', 'en')).toBe('Sunday');
  });
  it('makes international tel: links from Finnish numbers', () => {
    expect(telHref('02 262 6000')).toBe('tel:+35822626000');
    expect(telHref('+358 40 123 4567')).toBe('tel:+358401234567');
    expect(telHref('040-123 4567')).toBe('tel:+358401234567');
  });
  it("names a timetable's season by its name, its dates or both", () => {
    const period = { fi: 'syksy 2025', sv: 'hösten 2025' };
    expect(seasonText({ weekly: [], period }, 'sv')).toBe('hösten 2025');
    expect(seasonText({ weekly: [], period, validFrom: '2025-09-01', validUntil: '2025-12-15' }, 'fi')).toBe(
      'syksy 2025 (1.9.2025–15.12.2025)',
    );
    expect(seasonText({ weekly: [], validUntil: '2025-12-15' }, 'en')).toBe('until 15.12.2025');
    expect(seasonText({ weekly: [], validFrom: '2025-09-01' }, 'fi')).toBe('1.9.2025 alkaen');
    expect(seasonText({ weekly: [] }, 'fi')).toBeUndefined();
    expect(seasonText(undefined, 'fi')).toBeUndefined();
  });
});
