import { describe, expect, it } from 'vitest';
import {
  addressOf,
  dayOfMailDate,
  decodeHeader,
  decodeQuotedPrintable,
  emlMessage,
  encodeHeader,
  encodeQuotedPrintable,
  parseMail,
} from './mime';

const text = [
  'Hei!',
  'Tämä rivi on pitkä, jotta se jaetaan: äöå ÄÖÅ – “lainaus” = yhtäsuuruus ja loppuvälilyönti ',
  'mailto:toimitus@example.org?subject=%5Bpalvelutori-recheck%5D%20suvanto-ry%20OK%3A%20suvanto-linja%2C%20keskusteluapu-suvanto',
  '',
  '   Sisennetty rivi\tsarkaimella',
].join('\n');
const decode = (s: string) => new TextDecoder().decode(decodeQuotedPrintable(s));

describe('quoted-printable', () => {
  it('round-trips UTF-8 text, and keeps every line within 76 characters', () => {
    const qp = encodeQuotedPrintable(text);
    expect(qp.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(qp).toMatch(/^[\x20-\x7e\t\r\n]*$/);
    expect(decode(qp).replace(/\r\n/g, '\n')).toBe(text);
  });

  it('never splits an =XX escape at a soft break', () => {
    const qp = encodeQuotedPrintable('ä'.repeat(100));
    for (const line of qp.split('\r\n')) expect(line).toMatch(/^(=[0-9A-F]{2})*=?$/);
    expect(decode(qp)).toBe('ä'.repeat(100));
  });
});

describe('encoded words (RFC 2047)', () => {
  it('encodes a non-ASCII subject in folded lines and decodes it back', () => {
    const subject = 'Palvelutori Turku: Ovatko tiedot ajan tasalla? / Stämmer uppgifterna om er verksamhet?';
    const header = encodeHeader('Subject', subject);
    expect(header.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(header).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(decodeHeader(header.replace(/^Subject: /, '').replace(/\r\n/g, ''))).toBe(subject);
  });

  it('encodes only the name of an address', () => {
    const header = encodeHeader('From', 'Åbo svenska pensionärsklubb <klubben@example.fi>');
    expect(header).toMatch(/^From: =\?UTF-8\?Q\?=C3=85bo_svenska_pension=C3=A4rsklubb\?=\r\n <klubben@example\.fi>$/);
    expect(decodeHeader(header.replace(/^From: /, '').replace(/\r\n/g, ''))).toBe(
      'Åbo svenska pensionärsklubb <klubben@example.fi>',
    );
  });

  it('leaves an ASCII value as it is', () => {
    expect(encodeHeader('Subject', '[palvelutori-recheck] a OK: b')).toBe('Subject: [palvelutori-recheck] a OK: b');
  });

  it('decodes B and Q words, drops the blank between two words, and joins a character split between them', () => {
    expect(decodeHeader('=?UTF-8?B?w6Rp?= =?utf-8?q?ti_=C3=A4?= ja isä')).toBe('äiti ä ja isä');
    // "ä" is C3 A4: a program put the two bytes in two words.
    expect(decodeHeader('=?utf-8?Q?p=C3?=\r\n =?utf-8?Q?=A4iv=C3=A4?=')).toBe('päivä');
    expect(decodeHeader('=?iso-8859-1?Q?St=E4mmer?=')).toBe('Stämmer');
  });
});

describe('reading a saved message', () => {
  it('reads what emlMessage writes', () => {
    const eml = emlMessage(
      [
        ['From', 'Palvelutori Turku <toimitus@example.org>'],
        ['Subject', 'Hyvää päivää'],
        ['To', undefined],
      ],
      text,
    );
    const mail = parseMail(Buffer.from(eml, 'latin1'));
    expect(mail.header('subject')).toBe('Hyvää päivää');
    expect(mail.header('to')).toBeUndefined();
    expect(mail.text.trimEnd()).toBe(text.trimEnd());
  });

  it('takes the plain text part of a multipart message, decoding base64 and the part charset', () => {
    const body = Buffer.from('Uppgifterna stämmer.', 'latin1').toString('base64');
    const raw = [
      'Subject: x',
      'Content-Type: multipart/alternative; boundary=b1',
      '',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML</p>',
      '--b1',
      'Content-Type: text/plain; charset=iso-8859-1',
      'Content-Transfer-Encoding: base64',
      '',
      body,
      '--b1--',
      '',
    ].join('\r\n');
    expect(parseMail(Buffer.from(raw, 'latin1')).text.trim()).toBe('Uppgifterna stämmer.');
  });

  it('joins format=flowed lines', () => {
    const raw = 'Content-Type: text/plain; charset=utf-8; format=flowed\n\nyksi, \nkaksi\nkolme\n';
    expect(parseMail(Buffer.from(raw)).text).toBe('yksi, kaksi\nkolme\n');
  });

  it("takes a Date header's day as the sender's clock had it", () => {
    expect(dayOfMailDate('Mon, 4 Jan 2027 23:30:00 -0800')).toBe('2027-01-04');
    expect(dayOfMailDate('3 Jan 2027 09:12 +0200')).toBe('2027-01-03');
    expect(dayOfMailDate('31 Feb 2027 09:12 +0200')).toBeUndefined();
    expect(dayOfMailDate('eilen')).toBeUndefined();
  });

  it('finds the address in a From header', () => {
    expect(addressOf('"Suvanto ry" <Info@Suvantory.fi>')).toBe('info@suvantory.fi');
    expect(addressOf('info@suvantory.fi')).toBe('info@suvantory.fi');
  });
});
