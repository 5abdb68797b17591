// @ts-check
// Checks that package-lock.json installs on a clean machine of any platform, before anything
// is installed: `npm test` and CI run it first, so plain JavaScript with no dependencies.
// - every dependency package.json pins is in the lock, at exactly that version;
// - every optional package a locked package declares (esbuild's, rollup's, lightningcss's,
//   pagefind's and sharp's per-platform binaries) has its own entry, so that `npm ci` on
//   another operating system or processor finds its binary (npm sometimes leaves out the
//   other platforms' entries when the lock is written on one);
// - no locked package asks for a newer Node than package.json promises, unless it is listed
//   in NEWER_NODE with the reason nothing at run time loads it (README, "Two commands").
import { readFileSync } from 'node:fs';

/**
 * Locked packages whose engines.node leaves out Node versions package.json promises, and why
 * that is safe. The README names them too.
 * @type {Record<string, string>}
 */
export const NEWER_NODE = {
  '@napi-rs/wasm-runtime':
    "astro check only (through @astrojs/check's language server), and it leaves out only Node 22.12.x; the build, npm run serve and the site never load it",
  '@axe-core/playwright':
    'the accessibility tests only (e2e/a11y.spec.ts); the build, npm run serve and the site never load it',
  undici:
    "under Astro's font code (unifont), which imports it only when HTTP(S)_PROXY is set and ignores a failure to load it (on Node 20 it fails); the site has no Astro fonts and the build fetches nothing",
};

/** @typedef {{ version?: string, optional?: boolean, link?: boolean, engines?: Record<string, string> | string[],
 *   dependencies?: Record<string, string>, devDependencies?: Record<string, string>, optionalDependencies?: Record<string, string> }} LockEntry */
/** @typedef {{ lockfileVersion?: number, packages?: Record<string, LockEntry> }} Lock */
/** @typedef {{ engines?: Record<string, string>, dependencies?: Record<string, string>, devDependencies?: Record<string, string>,
 *   optionalDependencies?: Record<string, string> }} PackageJson */

const DEP_FIELDS = /** @type {const} */ (['dependencies', 'devDependencies', 'optionalDependencies']);
const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/**
 * Where npm would find `name` for the package at lock path `from`: its own node_modules, then
 * each enclosing node_modules up to the top.
 * @param {Record<string, LockEntry>} packages @param {string} from @param {string} name
 */
export function resolveInLock(packages, from, name) {
  let dir = from;
  for (;;) {
    const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[path]) return path;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** @typedef {[number, number, number]} Version */

/** @param {string} v @returns {Version} */
function parseVersion(v) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(v);
  if (!m) throw new Error(`not a version: ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** @param {Version} a @param {Version} b */
function compare(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * A version as written, with x, * or missing parts ("20", "10.*", "1.2.x"): its given numbers,
 * and its lowest version.
 * @param {string} partial
 * @returns {{ nums: number[], low: Version }}
 */
function readPartial(partial) {
  const nums = [];
  for (const p of partial.replace(/^v/, '').split(/[-+]/)[0].split('.').slice(0, 3)) {
    if (p === '' || /^[xX*]$/.test(p)) break;
    if (!/^\d+$/.test(p)) throw new Error(`cannot read ${partial}`);
    nums.push(Number(p));
  }
  return { nums, low: [nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0] };
}

/** The first version above everything a partial version covers ("20" → 21.0.0, "1.2" → 1.3.0). @param {number[]} nums @returns {Version} */
function above(nums) {
  if (nums.length === 1) return [nums[0] + 1, 0, 0];
  if (nums.length === 2) return [nums[0], nums[1] + 1, 0];
  return [nums[0], nums[1], nums[2] + 1];
}

/**
 * One comparator ("^20.19.0", ">=22", "~1.2", "6.*") as a test of a version.
 * @param {string} c @returns {(v: Version) => boolean}
 */
function comparator(c) {
  const [, op = '', rest = ''] = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(c) ?? [];
  const { nums, low } = readPartial(rest);
  const any = nums.length === 0;
  const from = (/** @type {Version} */ v) => compare(v, low) >= 0;
  const below = (/** @type {Version} */ top) => (/** @type {Version} */ v) => from(v) && compare(v, top) < 0;
  switch (op) {
    case '>=':
      return from;
    case '>':
      return any ? () => false : (v) => compare(v, above(nums)) >= 0;
    case '<':
      return any ? () => false : (v) => compare(v, low) < 0;
    case '<=':
      return any ? () => true : (v) => compare(v, above(nums)) < 0;
    // ^1.2.3 → <2.0.0; ^0.2.3 → <0.3.0; ^0.0.3 → <0.0.4; ^0 → <1.0.0
    case '^': {
      if (any) return () => true;
      const first = nums.findIndex((n) => n !== 0);
      const keep = first < 0 ? nums.length : first + 1;
      return below(above(nums.slice(0, Math.min(keep, nums.length))));
    }
    // ~1.2.3 and ~1.2 → <1.3.0; ~1 → <2.0.0
    case '~':
      return any ? () => true : below(above(nums.slice(0, Math.min(2, nums.length))));
    default:
      return any ? () => true : below(above(nums));
  }
}

/**
 * Whether a Node version satisfies an engines range (npm's range syntax: ||, spaces, hyphens,
 * ^, ~, comparators, x-ranges). Throws on what it cannot read rather than guessing.
 * @param {string} version @param {string} range
 */
export function satisfies(version, range) {
  const v = parseVersion(version);
  return range.split('||').some((alt) => {
    const set = alt.trim().replace(/(\^|~|>=|<=|>|<|=)\s+/g, '$1');
    const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(set);
    const tests = hyphen
      ? [comparator(`>=${hyphen[1]}`), comparator(`<=${hyphen[2]}`)]
      : set.split(/\s+/).filter(Boolean).map(comparator);
    return tests.every((t) => t(v));
  });
}

/**
 * The lowest Node version in each alternative of package.json's engines range: the versions
 * we promise to work on ("^20.19.1 || >=22.12.0" → 20.19.1 and 22.12.0).
 * @param {string} range
 */
export function lowestPromised(range) {
  return range.split('||').map((alt) => {
    const first = alt
      .trim()
      .replace(/^(\^|~|>=|=)\s*/, '')
      .split(/\s+/)[0];
    return readPartial(first).low.join('.');
  });
}

/**
 * Every way the lock disagrees with package.json or would fail on a clean machine, one
 * sentence each; an empty list when all is well.
 * @param {PackageJson} pkg @param {Lock} lock @param {Record<string, string>} newerNodeOk
 */
export function checkLock(pkg, lock, newerNodeOk = NEWER_NODE) {
  const problems = [];
  const packages = lock.packages;
  if (!packages || (lock.lockfileVersion ?? 1) < 2) {
    return [
      'package-lock.json is from npm 6 or older (no "packages" section): run `npm install` with npm 9 or newer and commit it.',
    ];
  }
  const root = packages[''] ?? {};
  for (const field of DEP_FIELDS) {
    const wanted = pkg[field] ?? {};
    const locked = root[field] ?? {};
    for (const [name, spec] of Object.entries(wanted)) {
      if (!EXACT.test(spec))
        problems.push(
          `package.json ${field}: ${name} is "${spec}"; pin an exact version (for example "${spec.replace(/^[\^~>=<\s]+/, '')}") so every machine installs the same.`,
        );
      if (locked[name] === undefined)
        problems.push(
          `${name} is in package.json ${field} but not in package-lock.json: run \`npm install\` and commit package-lock.json.`,
        );
      else if (locked[name] !== spec)
        problems.push(
          `${name}: package.json ${field} says "${spec}" but package-lock.json was written for "${locked[name]}": run \`npm install\` and commit package-lock.json.`,
        );
      const entry = packages[`node_modules/${name}`];
      if (!entry) {
        if (locked[name] !== undefined)
          problems.push(
            `${name} has no entry node_modules/${name} in package-lock.json: run \`npm install\` and commit package-lock.json.`,
          );
      } else if (EXACT.test(spec) && entry.version !== spec) {
        problems.push(
          `${name}: package.json pins ${spec} but package-lock.json installs ${entry.version}: run \`npm install\` and commit package-lock.json.`,
        );
      }
    }
    for (const name of Object.keys(locked)) {
      if (!(name in wanted))
        problems.push(
          `package-lock.json still lists ${name} under ${field}, which package.json no longer has: run \`npm install\` and commit package-lock.json.`,
        );
    }
  }
  for (const [path, entry] of Object.entries(packages)) {
    if (entry.link) continue;
    for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
      const found = resolveInLock(packages, path, name);
      const who = path ? path.replace(/^.*node_modules\//, '') : 'the project';
      if (!found) {
        problems.push(
          `package-lock.json lacks ${name}@${spec}, an optional (platform) package of ${who}: \`npm ci\` on that platform would install ${who} without it. Run \`rm -rf node_modules package-lock.json && npm install\` and commit package-lock.json.`,
        );
      } else if (EXACT.test(spec) && packages[found].version !== spec) {
        problems.push(
          `${who} needs ${name}@${spec} but package-lock.json has ${packages[found].version} at ${found}: run \`rm -rf node_modules package-lock.json && npm install\`.`,
        );
      }
    }
  }
  const promised = pkg.engines?.node;
  if (promised) {
    const floors = lowestPromised(promised);
    const declared = new Set();
    for (const [path, entry] of Object.entries(packages)) {
      const range = !path || Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      if (!range) continue;
      const name = path.replace(/^.*node_modules\//, '');
      let excluded;
      try {
        excluded = floors.filter((v) => !satisfies(v, range));
      } catch {
        problems.push(
          `${name}@${entry.version} declares engines.node "${range}", which scripts/check-lock.mjs cannot read: check it by hand and teach satisfies() the syntax.`,
        );
        continue;
      }
      if (!excluded.length) continue;
      declared.add(name);
      if (!(name in newerNodeOk)) {
        problems.push(
          `${name}@${entry.version} declares engines.node "${range}", which leaves out Node ${excluded.join(' and ')} that package.json promises ("${promised}"). Make sure the build, npm run serve and the site never load it, then add it to NEWER_NODE in scripts/check-lock.mjs and to the README; or choose another version.`,
        );
      }
    }
    for (const name of Object.keys(newerNodeOk)) {
      if (!declared.has(name))
        problems.push(
          `NEWER_NODE in scripts/check-lock.mjs names ${name}, which no longer asks for a newer Node than package.json promises: remove it there and from the README.`,
        );
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = new URL('../', import.meta.url);
  const read = (/** @type {string} */ f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
  const problems = checkLock(read('package.json'), read('package-lock.json'));
  if (problems.length) {
    console.error(
      `package-lock.json does not match package.json (${problems.length} problem${problems.length > 1 ? 's' : ''}):`,
    );
    for (const p of problems) console.error(`  - ${p}`);
    process.exit(1);
  }
  console.log('package-lock.json: matches package.json, complete for every platform.');
}
