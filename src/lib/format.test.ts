import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, weekdayName } from './format';
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
});
