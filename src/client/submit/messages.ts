// The form's own words for the schema's findings. The schema (src/schema/) is the one judge of
// a listing for the build, the validator, the tests and this form; its messages speak the file
// format ("write provider: turun-kaupunki"), which is right for a file and wrong for a form.
// Here each finding becomes a kind (missing, too long, not valid…), and the form field it
// belongs to says what to do in the page's language (formErrors in src/i18n/).
import type { z } from 'zod';
import type { Dictionary } from '../../i18n';
import { fill } from '../i18n/fill';

export type FormWords = Dictionary['formErrors'];
export type Kind = keyof FormWords['any'];
export type Finding = { kind: Kind; n?: number };

/** What kind of problem a schema issue is, as a person filling in a form meets it. */
export function issueKind(issue: z.core.$ZodIssue, input: unknown): Finding {
  const value = issue.path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    input,
  );
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_value':
      return { kind: value === undefined ? 'missing' : 'invalid' };
    case 'too_small':
      // An empty list, or text that was only spaces.
      return { kind: 'missing' };
    case 'too_big':
      return { kind: issue.origin === 'array' ? 'tooMany' : 'tooLong', n: Number(issue.maximum) };
    case 'custom': {
      const own = (issue.params as { kind?: string } | undefined)?.kind;
      return { kind: own === 'missing' || own === 'html' || own === 'link' ? own : 'invalid' };
    }
    default:
      return { kind: 'invalid' };
  }
}

// Fields the form fills in from another answer: a finding there belongs to that answer. The
// sender of an own notice is the organiser: the one chosen, or the new one's name. A text
// missing altogether is its Finnish box left empty; a value in a list of boxes is the list.
const COPIED_SOURCE = /^(?:contact\.phoneSource|org\.source|org\.contact\.phoneSource)\.(url|date)$/;
const DERIVED: [RegExp, (path: string, newOrg: boolean) => string][] = [
  [/^(?:title|summary|org\.name)$/, (path) => `${path}.fi`],
  [/^(?:themes|audience|languages|channels)\.\d+$/, (path) => path.replace(/\.\d+$/, '')],
  [/^source$/, () => 'source.0.url'],
  [/^lastVerified$/, () => 'source.0.date'],
  [COPIED_SOURCE, (path) => `source.0.${COPIED_SOURCE.exec(path)![1]}`],
  [
    /^(?:source\.\d+|contact\.phoneSource|org\.source|org\.contact\.phoneSource)\.by$|^provider$|^org\.id$/,
    (path, newOrg) => (newOrg ? 'org.name.fi' : 'provider'),
  ],
];

/** The form field a schema path belongs to (`org.` before a new organiser's paths). */
export function fieldOf(path: string, newOrg: boolean): string {
  for (const [re, field] of DERIVED) if (re.test(path)) return field(path, newOrg);
  return path;
}

/**
 * The message for a finding at a form field: the field's own wording of that kind, else the
 * nearest enclosing field's, else a general one. Contact fields are worded once for the
 * service and the organiser (`phone`, `email`, `web`).
 */
export function formMessage(words: FormWords, field: string, f: Finding): string {
  const parts = field.replace(/\.\d+(?=\.|$)/g, '.*').split('.');
  const fields = words.fields as Record<string, Partial<Record<Kind, string>>>;
  const last = parts[parts.length - 1];
  for (let n = parts.length; n > 0; n--) {
    const own = fields[parts.slice(0, n).join('.')]?.[f.kind];
    if (own) return fill(own, { n: f.n ?? '' });
  }
  const contact = fields[last]?.[f.kind];
  if (contact && parts.includes('contact')) return contact;
  return fill(words.any[f.kind], { n: f.n ?? '' });
}
