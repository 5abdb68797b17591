// Map filters as MapLibre expressions. Feature properties hold '|a|b|' lists (see
// src/lib/map/service-features.ts), so "has value v" is a substring test. Within a group any
// chosen value will do; accessibility needs every chosen feature. A cluster passes when its
// members have each chosen value between them: it is a hint to zoom in, and its count is
// hidden while filters are on.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

export type MapFilterState = Partial<Record<'theme' | 'provider' | 'cost' | 'access', string[]>>;
const PROPERTY = { theme: 'themes', provider: 'pt', cost: 'cost', access: 'access' } as const;

const has = (prop: string, v: string): ExpressionSpecification => ['in', `|${v}|`, ['get', prop]];

export function filterExpression(state: MapFilterState): ExpressionSpecification | undefined {
  const parts: ExpressionSpecification[] = [];
  for (const [group, prop] of Object.entries(PROPERTY) as [keyof MapFilterState, string][]) {
    const values = state[group] ?? [];
    if (!values.length) continue;
    const tests = values.map((v) => has(prop, v));
    parts.push(
      group === 'access'
        ? (['all', ...tests] as ExpressionSpecification)
        : (['any', ...tests] as ExpressionSpecification),
    );
  }
  return parts.length ? (['all', ...parts] as ExpressionSpecification) : undefined;
}

export function withBase(base: ExpressionSpecification, state: MapFilterState): FilterSpecification {
  const f = filterExpression(state);
  return (f ? ['all', base, f] : base) as FilterSpecification;
}

/** The same test for a list item, whose data attributes carry the same '|a|b|' lists. */
export function matches(data: Record<string, string | undefined>, state: MapFilterState): boolean {
  return (Object.entries(PROPERTY) as [keyof MapFilterState, string][]).every(([group, prop]) => {
    const values = state[group] ?? [];
    if (!values.length) return true;
    const list = data[prop] ?? '';
    return group === 'access'
      ? values.every((v) => list.includes(`|${v}|`))
      : values.some((v) => list.includes(`|${v}|`));
  });
}
