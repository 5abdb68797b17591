// The form's answers checked as the build checks the files they become: the service against
// serviceSchema and the reference checks, a new organiser against providerSchema. Each
// finding is put at its form field in the form's words (messages.ts), one per field.
import { providerSchema, serviceSchema, type Provider, type Service } from '../../schema';
import { serviceReferenceIssues, type KnownIds } from '../../validation/corpus';
import { formPath, toListing, type Built, type Values } from './listing';
import { fieldOf, formMessage, issueKind, type Finding, type FormWords } from './messages';

/**
 * What the page knows: the ids of organisers, themes and districts, the listed organisers'
 * names and contacts, and the service ids the site said are in use.
 */
export type Known = KnownIds & { services: string[]; names: Record<string, string> };
export type FieldProblem = { field: string; message: string };
/** `built`: the files as the form made them; `service`, `provider`: as the schemas read them. */
export type Checked = { built: Built; problems: FieldProblem[]; service?: Service; provider?: Provider };

export function checkAnswers(values: Values, known: Known, words: FormWords, today: string): Checked {
  const newOrg = values.providerChoice === 'new';
  const built = toListing(values, { today, providerNames: known.names });
  const problems: FieldProblem[] = [];
  const add = (path: string, finding: Finding) => {
    const field = fieldOf(path, newOrg);
    // One message per field: the first is the one to fix first.
    if (!problems.some((p) => p.field === field)) problems.push({ field, message: formMessage(words, field, finding) });
  };

  let refs: KnownIds = known;
  let provider: Provider | undefined;
  if (built.provider) {
    const id = String(built.provider.id ?? '');
    const p = providerSchema.safeParse(built.provider);
    if (p.success) provider = p.data;
    else for (const issue of p.error.issues) add(`org.${formPath(issue.path, [])}`, issueKind(issue, built.provider));
    if (id && [...known.providers].includes(id)) add('org.name.fi', { kind: 'taken' });
    // Like the corpus check: a new organiser exists even while its own answers have errors.
    refs = {
      ...known,
      providers: [...known.providers, id],
      contacts: { ...known.contacts, ...(provider ? { [id]: provider.contact ?? null } : {}) },
    };
  }
  const s = serviceSchema.safeParse(built.listing);
  if (!s.success)
    for (const issue of s.error.issues) add(formPath(issue.path, built.slotIndex), issueKind(issue, built.listing));
  else
    for (const issue of serviceReferenceIssues(s.data, refs))
      add(formPath(issue.path, built.slotIndex), { kind: issue.path[0] === 'contact' ? 'missing' : 'unknown' });
  // The file's name is its id: an id in use would replace another listing.
  if (typeof built.listing.id === 'string' && known.services.includes(built.listing.id)) add('id', { kind: 'taken' });
  return { built, problems, service: s.success ? (s.data as Service) : undefined, provider };
}
