// A plain-language (selkokieli) helper for listing summaries. It warns, it never fails the
// build: a person decides. It looks for long sentences, long words, abbreviations and
// Finnish passive forms, and gives each text a LIX readability figure (words per sentence
// plus the percentage of words longer than six letters; lower is easier). Finnish words are
// long, so LIX runs higher than in Swedish or English: compare listings with each other.
export const MAX_SENTENCE_WORDS = 15;
export const MAX_WORD_LETTERS = 20;

// Words that look passive by their ending but are not verbs.
const NOT_PASSIVE = new Set([
  'kokonaan',
  'ainoastaan',
  'suoraan',
  'alkuaan',
  'yksinään',
  'itsestään',
  'yhdessään',
  'omaan',
  'vaan',
  'milloinkaan',
  'kahdestaan',
  'luonaan',
  'mukanaan',
  'kanssaan',
  'aikanaan',
  'pääasiassaan',
  'toisinaan',
  'joskus',
  'taaskaan',
  'sisään',
  'edestään',
  'takanaan',
  'vieressään',
  'keskenään',
  'sinään',
  'huonoimmillaan',
  'parhaimmillaan',
  'enimmillään',
  'vähimmillään',
  'enintään',
  'vähintään',
  'korkeintaan',
  'viimeistään',
  'myöhintään',
  'aikaisintaan',
  'yhtään',
  'mitään',
  'ketään',
]);
const PASSIVE = /(?:taan|tään|daan|dään|llaan|llään|rraan|rrään|nnaan|nnään|ttiin|tiin)$/;
const ABBREVIATION =
  /(?:^|\s)(esim|mm|ns|yms|jne|ks|vrt|ym|tms|ko|em|nk|puh|os|srk|klo|n|ca|yo)\.(?=\s|$)|(?:^|\s)([A-ZÅÄÖ]{2,6})(?=[\s,.;:!?)]|$)/g;

export type PlainFinding = { kind: 'sentence' | 'word' | 'abbreviation' | 'passive'; text: string };
export type PlainReport = { lix: number; words: number; sentences: number; findings: PlainFinding[] };

export function sentences(text: string): string[] {
  // A full stop after an abbreviation or a number (klo 10.00, 1.3.) does not end a sentence.
  return text
    .replace(/\b(esim|mm|ns|yms|jne|ks|vrt|ym|tms|klo|puh)\./gi, '$1\u2024')
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9"“])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function words(text: string): string[] {
  return text.match(/[\p{L}][\p{L}\p{N}'’-]*/gu) ?? [];
}

export function checkPlainText(text: string, allow: ReadonlySet<string> = new Set()): PlainReport {
  const findings: PlainFinding[] = [];
  const ss = sentences(text);
  const ws = words(text);
  for (const s of ss) {
    const n = words(s).length;
    if (n > MAX_SENTENCE_WORDS)
      findings.push({ kind: 'sentence', text: `${n}: ${s.slice(0, 60)}${s.length > 60 ? '…' : ''}` });
  }
  for (const w of new Set(ws)) {
    const lower = w.toLocaleLowerCase('fi');
    const letters = lower.replace(/[^\p{L}]/gu, '').length;
    if (letters > MAX_WORD_LETTERS && !allow.has(lower)) findings.push({ kind: 'word', text: w });
    if (lower.length > 6 && PASSIVE.test(lower) && !NOT_PASSIVE.has(lower) && !allow.has(lower))
      findings.push({ kind: 'passive', text: w });
  }
  for (const m of text.matchAll(ABBREVIATION)) {
    const abbr = (m[1] ? `${m[1]}.` : m[2]).trim();
    if (!allow.has(abbr.toLocaleLowerCase('fi'))) findings.push({ kind: 'abbreviation', text: abbr });
  }
  const long = ws.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  const lix = ws.length ? Math.round(ws.length / Math.max(1, ss.length) + (100 * long) / ws.length) : 0;
  return { lix, words: ws.length, sentences: ss.length, findings };
}

const KIND_MSG: Record<PlainFinding['kind'], { fi: string; en: string; fixFi: string; fixEn: string }> = {
  sentence: {
    fi: `Pitkä lause (yli ${MAX_SENTENCE_WORDS} sanaa)`,
    en: `Long sentence (over ${MAX_SENTENCE_WORDS} words)`,
    fixFi: 'jaa kahdeksi lauseeksi',
    fixEn: 'split it into two sentences',
  },
  word: {
    fi: `Pitkä sana (yli ${MAX_WORD_LETTERS} kirjainta)`,
    en: `Long word (over ${MAX_WORD_LETTERS} letters)`,
    fixFi: 'käytä lyhyempää sanaa tai selitä',
    fixEn: 'use a shorter word or explain it',
  },
  abbreviation: { fi: 'Lyhenne', en: 'Abbreviation', fixFi: 'kirjoita auki', fixEn: 'write it out' },
  passive: {
    fi: 'Passiivi',
    en: 'Passive voice',
    fixFi: 'kerro, kuka tekee: "Ohjaaja opettaa" eikä "opetetaan"',
    fixEn: 'say who does it: "the instructor teaches", not "is taught"',
  },
};
export function findingMessage(f: PlainFinding) {
  const m = KIND_MSG[f.kind];
  return { fi: `${m.fi}: ${f.text}`, en: `${m.en}: ${f.text}`, fixFi: m.fixFi, fixEn: m.fixEn };
}
