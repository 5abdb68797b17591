/** An id from a Finnish name: 'Muistikahvila Ääneen' → 'muistikahvila-aaneen'. */
export function slugify(s: string): string {
  return s
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
