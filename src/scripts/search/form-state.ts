// The search form is the state: the URL is written from it and read back into it. Values
// that match no control (a mistyped or hostile URL) simply find nothing to set.
export const MULTI = ['theme', 'provider', 'cost', 'join', 'access', 'day'] as const;
export const SINGLE = ['district', 'language'] as const;
// Accessibility needs every chosen feature; other groups accept any chosen value.
const ALL_OF = new Set(['access']);

export type FilterState = { q: string; values: Record<string, string[]> };

export function readForm(form: HTMLFormElement): FilterState {
  const data = new FormData(form);
  const values: Record<string, string[]> = {};
  for (const name of [...MULTI, ...SINGLE]) {
    const v = data.getAll(name).map(String).filter(Boolean);
    if (v.length) values[name] = v;
  }
  return { q: String(data.get('q') ?? '').trim().slice(0, 200), values };
}

export function writeForm(form: HTMLFormElement, params: URLSearchParams): void {
  const q = form.elements.namedItem('q') as HTMLInputElement | null;
  if (q) q.value = (params.get('q') ?? '').slice(0, 200);
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) input.checked = params.getAll(input.name).includes(input.value);
  for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
    const wanted = params.get(select.name) ?? '';
    select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
  }
}

export function toParams(state: FilterState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, vs] of Object.entries(state.values)) for (const v of vs) params.append(name, v);
  return params;
}

export function toPagefindFilters(state: FilterState): Record<string, { any: string[] } | { all: string[] }> {
  return Object.fromEntries(Object.entries(state.values).map(([name, vs]) => [name, ALL_OF.has(name) ? { all: vs } : { any: vs }]));
}

export const isEmpty = (s: FilterState) => !s.q && Object.keys(s.values).length === 0;
