// For tests (Node): the custom properties of src/styles/tokens.css and map-tokens.css as a page
// in the normal or the high-contrast mode would compute them, without a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadVar } from './palette';

const read = (name: string) => readFileSync(join(import.meta.dirname, '../../styles', name), 'utf8');
const HIGH = ":root[data-contrast='high']";
const props = (block: string) =>
  new Map([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));

/** A file's properties in one mode: its first `:root` block, then the high-contrast one over it. */
function values(css: string, hc: boolean) {
  const [normal, rest] = css.split(HIGH);
  return [...props(normal), ...(hc ? props(rest.slice(0, rest.indexOf('}'))) : [])];
}

export function tokens(hc: boolean): ReadVar {
  const all = new Map([...values(read('tokens.css'), hc), ...values(read('map-tokens.css'), hc)]);
  // A browser's computed value has each var() replaced by what it names.
  const get = (name: string): string =>
    (all.get(name) ?? '').replace(/var\(--([\w-]+)\)/g, (_, other: string) => get(other));
  return get;
}
