// Form values → a listing object and, for a new organiser, its provider object, as the schema
// checks them. Times, dates and web addresses are read as people write them first
// (everyday.ts). The paths of the weekly slots are remembered, so that an error in the third
// filled slot is shown at the right row of the form.
import { serviceSchema } from '../../schema';
import { slugify } from '../../lib/slug';
import { everydayDate, everydayTime, everydayTimeRange, everydayWeb } from './everyday';

export type Values = Record<string, string | string[]>;
export type Built = {
  listing: Record<string, unknown>;
  /** Only when the organiser is new: the second file. */
  provider?: Record<string, unknown>;
  slotIndex: number[];
};
/** `today`: the day an own notice is sent. `providerNames`: the listed organisers' names by id. */
export type Context = { today: string; providerNames: Record<string, string> };

const MULTI = new Set(['themes', 'audience', 'languages', 'channels']);
const NUMBER = /\.coordinates\.(lat|lon)$/;
/** The form's own choices, which are not fields of either file. */
const CHOICES = new Set(['providerChoice', 'sourceKind']);
// The schema's own defaults: a value equal to one is left out, to keep the file (and the
// e-mail that carries it) short.
const DEFAULTS = {
  languages: serviceSchema.shape.languages.parse(undefined),
  channels: serviceSchema.shape.channels.parse(undefined),
};
const ORDER = Object.keys(serviceSchema.shape);

export function valuesOf(form: HTMLFormElement): Values {
  const out: Values = {};
  const data = new FormData(form);
  for (const name of new Set(data.keys())) {
    const all = data.getAll(name).map(String);
    out[name] = MULTI.has(name) ? all : all[0].trim();
  }
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let obj: Record<string, unknown> = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) obj[key] = value;
    else {
      const nextIsIndex = /^\d+$/.test(path[i + 1]);
      obj[key] ??= nextIsIndex ? [] : {};
      obj = obj[key] as Record<string, unknown>;
    }
  });
}

/** One answer as the schema reads it. */
function everyday(name: string, value: string): string | number {
  if (/^schedule\.weekly\.\d+\.(start|end)$/.test(name)) return everydayTime(value);
  if (/^source\.\d+\.date$/.test(name)) return everydayDate(value);
  if (/(^|\.)web$|^source\.\d+\.url$/.test(name)) return everydayWeb(value);
  if (NUMBER.test(name) && !Number.isNaN(Number(value.replace(',', '.')))) return Number(value.replace(',', '.'));
  return value;
}

export function toListing(input: Values, ctx: Context): Built {
  const newOrg = input.providerChoice === 'new';
  const notice = input.sourceKind !== 'web';
  const values: Values = { ...input };
  // Both times written in the first box ("10–11.30") fill both boxes.
  for (const name of Object.keys(values)) {
    const m = /^schedule\.weekly\.(\d+)\.start$/.exec(name);
    const end = m && `schedule.weekly.${m[1]}.end`;
    const range = end && !values[end] ? everydayTimeRange(String(values[name])) : undefined;
    if (end && range) [values[name], values[end]] = range;
  }

  const listing: Record<string, unknown> = {};
  const org: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    // Answers of the branch not chosen (its fields are hidden) do not count.
    if (CHOICES.has(name) || (name === 'provider' && newOrg) || (name.startsWith('org.') && !newOrg)) continue;
    if (name.startsWith('source.') && notice) continue;
    if (Array.isArray(value)) {
      if (value.length) listing[name] = value;
      continue;
    }
    if (value === '') continue;
    const [target, path] = name.startsWith('org.') ? [org, name.slice(4)] : [listing, name];
    setPath(target, path.split('.'), everyday(name, value));
  }
  for (const [key, value] of Object.entries(DEFAULTS))
    if (JSON.stringify(listing[key]) === JSON.stringify(value)) delete listing[key];

  // Empty rows of the schedule are not slots; keep where each filled one came from.
  const slotIndex: number[] = [];
  const schedule = listing.schedule as { weekly?: (Record<string, unknown> | undefined)[] } | undefined;
  if (schedule?.weekly) {
    schedule.weekly = schedule.weekly.filter((slot, i) => {
      if (!slot || !Object.keys(slot).length) return false;
      slotIndex.push(i);
      return true;
    });
    if (!schedule.weekly.length) delete schedule.weekly;
  }
  if (schedule && !Object.keys(schedule).length) delete listing.schedule;
  const locations = listing.locations as unknown[] | undefined;
  listing.locations = locations ? locations.filter(Boolean) : [];

  // The organiser's own notice is dated the day it is sent, and names the organiser; the
  // numbers in it come from it too. The organiser has then confirmed the facts.
  const orgName = newOrg ? (org.name as { fi?: string } | undefined)?.fi : ctx.providerNames[String(input.provider)];
  const ownNotice = () => ({ notice: true, ...(orgName ? { by: orgName } : {}), date: ctx.today });
  const contact = listing.contact as Record<string, unknown> | undefined;
  if (notice) {
    listing.source = [ownNotice()];
    listing.verifiedBy = 'organiser';
    if (contact?.phone) contact.phoneSource = ownNotice();
  }
  const source = (listing.source as { date?: string }[] | undefined)?.[0];
  if (source?.date) listing.lastVerified = source.date;

  let provider: Record<string, unknown> | undefined;
  if (newOrg) {
    const id = orgName ? slugify(orgName) : '';
    const orgContact = org.contact as Record<string, unknown> | undefined;
    if (notice && orgContact?.phone) orgContact.phoneSource = ownNotice();
    provider = {
      ...(id ? { id } : {}),
      name: org.name,
      type: org.type,
      ...(orgContact ? { contact: orgContact } : {}),
      ...(source ? { source: { ...source } } : {}),
    };
    if (id) listing.provider = id;
  }
  const ordered = Object.fromEntries(Object.entries(listing).sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b)));
  return { listing: ordered, provider, slotIndex };
}

/** An error path from the schema → the form field it belongs to. */
export function formPath(path: readonly PropertyKey[], slotIndex: number[]): string {
  const p = path.map(String);
  if (p[0] === 'schedule' && p[1] === 'weekly' && p[2] !== undefined) p[2] = String(slotIndex[Number(p[2])] ?? p[2]);
  return p.join('.');
}
