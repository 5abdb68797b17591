// Form values → a listing object, with the paths of its weekly slots remembered so that an
// error in the third filled slot is shown at the right row of the form.
export type Values = Record<string, string | string[]>;

const MULTI = new Set(['themes', 'audience', 'languages', 'channels']);
const NUMBER = /\.coordinates\.(lat|lon)$/;

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

export function toListing(values: Values): { listing: Record<string, unknown>; slotIndex: number[] } {
  const listing: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      if (value.length) listing[name] = value;
      continue;
    }
    if (value === '') continue;
    setPath(
      listing,
      name.split('.'),
      NUMBER.test(name) && !Number.isNaN(Number(value.replace(',', '.'))) ? Number(value.replace(',', '.')) : value,
    );
  }
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
  if (locations) listing.locations = locations.filter(Boolean);
  else listing.locations = [];
  const source = (listing.source as { date?: string }[] | undefined)?.[0];
  if (source?.date) listing.lastVerified = source.date;
  return { listing, slotIndex };
}

/** An error path from the schema → the form field it belongs to. */
export function formPath(path: readonly PropertyKey[], slotIndex: number[]): string {
  const p = path.map(String);
  if (p[0] === 'schedule' && p[1] === 'weekly' && p[2] !== undefined) p[2] = String(slotIndex[Number(p[2])] ?? p[2]);
  return p.join('.');
}
