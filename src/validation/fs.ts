// Node-only: reads the content folder for validateCorpus. Kept apart so that the browser
// bundle of the submission form never pulls in `fs`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { withAddressPoints, type AddressIndex, type AddressMiss } from '../lib/addresses';
import type { Msg } from '../schema';
import { validateCorpus, type Content, type SourceFile } from './corpus';
import { formatProblem, type Problem } from './problems';

/** Every file under content/, in a stable order. */
function contentFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(join(root, 'content'));
  return out;
}

export function readContentFiles(root: string): SourceFile[] {
  return contentFiles(root).map((full) => ({
    path: relative(root, full).split(sep).join('/'),
    text: readFileSync(full, 'utf8'),
  }));
}

export function validateContentDir(root: string) {
  return validateCorpus(readContentFiles(root));
}

/** Where `npm run addresses:import` stores Turku's address points: outside version control. */
export const addressIndexFile = (root = process.cwd()) => join(root, '.cache', 'addresses', 'turku.json');

/** The imported address index, or undefined when there is none (the usual case). */
export function loadAddressIndex(root = process.cwd()): AddressIndex | undefined {
  const file = addressIndexFile(root);
  if (!existsSync(file)) return undefined;
  const index = JSON.parse(readFileSync(file, 'utf8')) as AddressIndex;
  if (index.version !== 1 || typeof index.streets !== 'object' || typeof index.aliases !== 'object')
    throw new Error(
      `${file}: tuntematon muoto / unknown format. Aja / run npm run addresses:import, tai poista tiedosto / or delete the file.`,
    );
  return index;
}

// The build asks for the content from several places (each collection's loader, the map
// tiles), and Astro loads astro.config.mjs and the content config as separate module graphs,
// so a module-level variable would not be shared: the cache lives on globalThis. It is keyed
// by every file's path, size and modification time (the address index's too), so `astro dev`
// still sees an edit.
type Cache = { runs: number; entries: Map<string, { key: string; content: Content }> };
const CACHE = Symbol.for('palvelutori.validContent');
const cache = ((globalThis as typeof globalThis & { [CACHE]?: Cache })[CACHE] ??= { runs: 0, entries: new Map() });

function fingerprint(root: string): string {
  const files = [...contentFiles(root), addressIndexFile(root)].filter((f) => existsSync(f));
  return files.map((f) => `${f}:${statSync(f).size}:${statSync(f).mtimeMs}`).join('\n');
}

/** How many times this process has read and validated the content: the build reports it. */
export const validationRuns = () => cache.runs;

/** The content, or an Error listing every problem: the build's way in. Validated once per content state. */
export function loadValidContent(root = process.cwd()): Content {
  const key = fingerprint(root);
  const hit = cache.entries.get(root);
  if (hit?.key === key) return hit.content;
  cache.runs++;
  const { content, problems } = validateContentDir(root);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new Error(
      `Sisällössä on ${errors.length} virhettä / Content has ${errors.length} errors:\n${errors.map(formatProblem).join('\n')}\nKorjaa ja aja npm run validate / Fix them and run npm run validate`,
    );
  // The one place content gains points from street addresses, so pages, tiles and tests agree.
  const built = withAddressPoints(content, loadAddressIndex(root)).content;
  cache.entries.set(root, { key, content: built });
  return built;
}

const EXACT_PLACE = { fi: 'joten kartta ei näytä tarkkaa paikkaa', en: 'so the map cannot show the exact place' };
const COORDS = {
  fi: 'tai lisää coordinates: { lat: 60.45, lon: 22.27 }',
  en: 'or add coordinates: { lat: 60.45, lon: 22.27 }',
};
const ADDRESS_MISS: Record<AddressMiss, (street: string) => Msg> = {
  'no-street': (s) => ({
    fi: `Katua "${s}" ei löydy osoiteaineistosta, ${EXACT_PLACE.fi}`,
    en: `The street of "${s}" is not in the address data, ${EXACT_PLACE.en}`,
    fixFi: `tarkista kadun nimi, esim. Aurakatu 18, ${COORDS.fi}`,
    fixEn: `check the street name, e.g. Aurakatu 18, ${COORDS.en}`,
  }),
  'no-number': (s) => ({
    fi: `Osoitteessa "${s}" ei ole talonumeroa, ${EXACT_PLACE.fi}`,
    en: `The address "${s}" has no house number, ${EXACT_PLACE.en}`,
    fixFi: `lisää talonumero, esim. ${s} 1, ${COORDS.fi}`,
    fixEn: `add the house number, e.g. ${s} 1, ${COORDS.en}`,
  }),
  'no-number-match': (s) => ({
    fi: `Talonumeroa "${s}" ei löydy osoiteaineistosta, ${EXACT_PLACE.fi}`,
    en: `The house number of "${s}" is not in the address data, ${EXACT_PLACE.en}`,
    fixFi: `tarkista talonumero ${COORDS.fi}`,
    fixEn: `check the house number ${COORDS.en}`,
  }),
};

/**
 * For `npm run validate`: the live listings whose street address found no point, as warnings.
 * Only when an address index has been imported; without one there is nothing to say.
 */
export function addressWarnings(
  content: Pick<Content, 'services'>,
  root = process.cwd(),
): { warnings: Problem[]; index?: AddressIndex } {
  const index = loadAddressIndex(root);
  const { unmatched } = withAddressPoints(content, index);
  return {
    index,
    warnings: unmatched.map((u) => ({
      file: `content/services/${u.service}.yaml`,
      field: `locations[${u.location}].street`,
      msg: ADDRESS_MISS[u.miss](u.street),
      severity: 'warning',
    })),
  };
}
