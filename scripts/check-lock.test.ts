import { describe, expect, it } from 'vitest';
import { checkLock, lowestPromised, resolveInLock, satisfies } from './check-lock.mjs';

/** A small project as package.json and the lock npm would write for it. */
function fixture() {
  const pkg = {
    engines: { node: '^20.19.1 || >=22.12.0' },
    dependencies: { tool: '1.2.3' },
    devDependencies: { tester: '4.0.0' },
  };
  const lock = {
    lockfileVersion: 3,
    packages: {
      '': {
        engines: { node: '^20.19.1 || >=22.12.0' },
        dependencies: { tool: '1.2.3' },
        devDependencies: { tester: '4.0.0' },
      } as Record<string, unknown>,
      'node_modules/tool': {
        version: '1.2.3',
        optionalDependencies: { '@tool/linux-x64': '1.2.3', '@tool/darwin-arm64': '1.2.3' },
      } as Record<string, unknown>,
      'node_modules/@tool/linux-x64': { version: '1.2.3', optional: true, os: ['linux'], cpu: ['x64'] },
      'node_modules/@tool/darwin-arm64': { version: '1.2.3', optional: true, os: ['darwin'], cpu: ['arm64'] },
      'node_modules/tester': { version: '4.0.0', dev: true, dependencies: { helper: '^2.0.0' } },
      'node_modules/tester/node_modules/helper': { version: '2.1.0', dev: true, engines: { node: '>=18' } } as Record<
        string,
        unknown
      >,
    } as Record<string, Record<string, unknown>>,
  };
  return { pkg, lock };
}

describe('checkLock', () => {
  it('accepts a lock that matches package.json and has every platform package', () => {
    const { pkg, lock } = fixture();
    expect(checkLock(pkg, lock, {})).toEqual([]);
  });

  it('names a dependency package.json has and the lock lacks', () => {
    const { pkg, lock } = fixture();
    pkg.dependencies = { ...pkg.dependencies, newcomer: '0.1.0' } as typeof pkg.dependencies;
    const problems = checkLock(pkg, lock, {});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^newcomer is in package.json dependencies but not in package-lock.json: run `npm install`/,
    );
  });

  it('names a dependency locked at another version than package.json pins', () => {
    const { pkg, lock } = fixture();
    pkg.devDependencies.tester = '4.0.1';
    expect(checkLock(pkg, lock, {})).toEqual([
      'tester: package.json devDependencies says "4.0.1" but package-lock.json was written for "4.0.0": run `npm install` and commit package-lock.json.',
      'tester: package.json pins 4.0.1 but package-lock.json installs 4.0.0: run `npm install` and commit package-lock.json.',
    ]);
  });

  it('names an installed version that differs from the pin even when the root entry agrees', () => {
    const { pkg, lock } = fixture();
    lock.packages['node_modules/tool'].version = '1.2.4';
    expect(checkLock(pkg, lock, {})).toEqual([
      'tool: package.json pins 1.2.3 but package-lock.json installs 1.2.4: run `npm install` and commit package-lock.json.',
    ]);
  });

  it('asks for exact pins', () => {
    const { pkg, lock } = fixture();
    pkg.dependencies.tool = '^1.2.3';
    lock.packages[''].dependencies = { tool: '^1.2.3' };
    expect(checkLock(pkg, lock, {})).toEqual([
      'package.json dependencies: tool is "^1.2.3"; pin an exact version (for example "1.2.3") so every machine installs the same.',
    ]);
  });

  it('names a dependency the lock still has after package.json dropped it', () => {
    const { pkg, lock } = fixture();
    pkg.devDependencies = {} as typeof pkg.devDependencies;
    expect(checkLock(pkg, lock, {})).toEqual([
      'package-lock.json still lists tester under devDependencies, which package.json no longer has: run `npm install` and commit package-lock.json.',
    ]);
  });

  it('names an optional platform package the lock lacks, and who declares it', () => {
    const { pkg, lock } = fixture();
    delete lock.packages['node_modules/@tool/darwin-arm64'];
    const problems = checkLock(pkg, lock, {});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^package-lock.json lacks @tool\/darwin-arm64@1.2.3, an optional \(platform\) package of tool: .*rm -rf node_modules package-lock.json && npm install/,
    );
  });

  it('names an optional platform package locked at another version than its parent asks', () => {
    const { pkg, lock } = fixture();
    lock.packages['node_modules/@tool/linux-x64'].version = '1.2.2';
    expect(checkLock(pkg, lock, {})).toEqual([
      expect.stringMatching(/^tool needs @tool\/linux-x64@1.2.3 but package-lock.json has 1.2.2/),
    ]);
  });

  it('finds a nested package’s optional package in an enclosing node_modules', () => {
    const { pkg, lock } = fixture();
    lock.packages['node_modules/tester/node_modules/helper'].optionalDependencies = { '@tool/linux-x64': '1.2.3' };
    expect(checkLock(pkg, lock, {})).toEqual([]);
  });

  it('refuses a lock without a packages section', () => {
    const { pkg } = fixture();
    expect(checkLock(pkg, { lockfileVersion: 1 }, {})[0]).toMatch(/npm 6 or older/);
  });

  it('names a package asking for a newer Node than package.json promises, unless listed with a reason', () => {
    const { pkg, lock } = fixture();
    lock.packages['node_modules/tester/node_modules/helper'].engines = { node: '>=22.19.0' };
    const problems = checkLock(pkg, lock, {});
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^helper@2.1.0 declares engines.node ">=22.19.0", which leaves out Node 20.19.1 and 22.12.0 that package.json promises/,
    );
    expect(checkLock(pkg, lock, { helper: 'test only' })).toEqual([]);
  });

  it('names a listed package that no longer asks for a newer Node', () => {
    const { pkg, lock } = fixture();
    expect(checkLock(pkg, lock, { helper: 'test only' })).toEqual([
      'NEWER_NODE in scripts/check-lock.mjs names helper, which no longer asks for a newer Node than package.json promises: remove it there and from the README.',
    ]);
  });
});

describe('resolveInLock', () => {
  const packages = {
    'node_modules/a': {},
    'node_modules/a/node_modules/b': {},
    'node_modules/c': {},
    'node_modules/a/node_modules/c': {},
  };
  it('looks in the package’s own node_modules first, then upwards', () => {
    expect(resolveInLock(packages, 'node_modules/a/node_modules/b', 'c')).toBe('node_modules/a/node_modules/c');
    expect(resolveInLock(packages, 'node_modules/c', 'a')).toBe('node_modules/a');
    expect(resolveInLock(packages, '', 'b')).toBeUndefined();
  });
});

describe('satisfies', () => {
  it.each([
    ['20.19.1', '^20.19.1 || >=22.12.0', true],
    ['20.19.0', '^20.19.1 || >=22.12.0', false],
    ['21.0.0', '^20.19.1 || >=22.12.0', false],
    ['22.12.0', '^20.19.0 || ^22.13.0 || >=23.5.0', false],
    ['22.13.0', '^20.19.0 || ^22.13.0 || >=23.5.0', true],
    ['20.19.1', '>=22.12.0', false],
    ['22.12.0', '>=22.19.0', false],
    ['20.19.1', '20 || >=22', true],
    ['21.1.0', '20 || >=22', false],
    ['20.19.1', '6.* || 8.* || >= 10.*', true],
    ['7.0.0', '6.* || 8.* || >= 10.*', false],
    ['20.19.1', '>= 20.19.0', true],
    ['20.19.1', '^10 || ^12.20.0 || ^14.13.0 || >=15.0.0', true],
    ['20.19.1', '18.20.8 || ^20.3.0 || >=22.0.0', true],
    ['15.0.0', '>=14 <16', true],
    ['16.0.0', '>=14 <16', false],
    ['1.5.0', '1.2.3 - 2.3.4', true],
    ['2.3.5', '1.2.3 - 2.3.4', false],
    ['1.2.9', '~1.2.3', true],
    ['1.3.0', '~1.2.3', false],
    ['0.2.9', '^0.2.3', true],
    ['0.3.0', '^0.2.3', false],
    ['0.0.4', '^0.0.3', false],
    ['20.0.0', '20.x', true],
    ['20.0.0', '*', true],
    ['16.0.0', '<=16', true],
    ['17.0.0', '<=16', false],
    ['17.0.0', '>16', true],
    ['16.9.0', '>16', false],
  ])('%s in "%s": %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('throws on syntax it cannot read instead of guessing', () => {
    expect(() => satisfies('20.0.0', 'latest')).toThrow();
  });
});

describe('lowestPromised', () => {
  it('takes the lowest version of each alternative', () => {
    expect(lowestPromised('^20.19.1 || >=22.12.0')).toEqual(['20.19.1', '22.12.0']);
    expect(lowestPromised('>=18')).toEqual(['18.0.0']);
  });
});
