// The search form is the state: the URL is written from it and read back into it. Values
// that match no control (a mistyped or hostile URL) simply find nothing to set.
export const MULTI = ['theme', 'provider', 'cost', 'join', 'access', 'day'] as const;
export const SINGLE = ['district', 'language'] as const;
// Accessibility needs every chosen feature; other groups accept any chosen value.
const ALL_OF = new Set(['access']);

// "Near me" orders results instead of filtering them: kept apart from the filters.
export const NEAR = ['near', 'postal'] as const;

export type FilterState = { q: string; values: Record<string, string[]>; near?: { near?: string; postal?: string } };

export function readForm(form: HTMLFormElement): FilterState {
  const data = new FormData(form);
  const values: Record<string, string[]> = {};
  for (const name of [...MULTI, ...SINGLE]) {
    const v = data.getAll(name).map(String).filter(Boolean);
    if (v.length) values[name] = v;
  }
  const near: NonNullable<FilterState['near']> = {};
  for (const name of NEAR) {
    const v = String(data.get(name) ?? '')
      .trim()
      .slice(0, 80);
    if (v) near[name] = v;
  }
  return {
    q: String(data.get('q') ?? '')
      .trim()
      .slice(0, 200),
    values,
    ...(Object.keys(near).length ? { near } : {}),
  };
}

export function writeForm(form: HTMLFormElement, params: URLSearchParams): void {
  for (const name of ['q', 'postal']) {
    const input = form.elements.namedItem(name) as HTMLInputElement | null;
    if (input) input.value = (params.get(name) ?? '').slice(0, 200);
  }
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    input.checked = params.getAll(input.name).includes(input.value);
  for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
    const wanted = params.get(select.name) ?? '';
    select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
  }
}

export function toParams(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, vs] of Object.entries(state.values)) for (const v of vs) params.append(name, v);
  for (const [name, v] of Object.entries(state.near ?? {})) if (v) params.set(name, v);
  return params;
}

export function toPagefindFilters(state: FilterState): Record<string, { any: string[] } | { all: string[] }> {
  return Object.fromEntries(
    Object.entries(state.values).map(([name, vs]) => [name, ALL_OF.has(name) ? { all: vs } : { any: vs }]),
  );
}

/** How many filter values are chosen: shown on the collapsed filter panel. */
export const filterCount = (s: FilterState) => Object.values(s.values).reduce((n, v) => n + v.length, 0);

export const isEmpty = (s: FilterState) => !s.q && Object.keys(s.values).length === 0 && !s.near;
