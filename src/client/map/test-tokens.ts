// For tests (Node): the custom properties of src/styles/tokens.css as a page in the normal or
// the high-contrast mode would compute them, without a browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadVar } from './palette';

const css = readFileSync(join(import.meta.dirname, '../../styles/tokens.css'), 'utf8');
const props = (block: string) =>
  new Map([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));

export function tokens(hc: boolean): ReadVar {
  const [normal, rest] = css.split(":root[data-contrast='high']");
  const values = new Map([...props(normal), ...(hc ? props(rest.slice(0, rest.indexOf('}'))) : [])]);
  return (name) => values.get(name) ?? '';
}
