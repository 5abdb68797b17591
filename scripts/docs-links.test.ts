// The documents a newcomer reads: every relative link in README.md, CONTRIBUTING.md and
// docs/*.md leads to a file that exists and, for a #fragment, to a heading in it (GitHub's
// slugs); the README stays short and names the two commands.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** The documents checked: README.md, CONTRIBUTING.md and every Markdown file in docs/. */
function documents(root: string): string[] {
  const docs = join(root, 'docs');
  const inDocs = existsSync(docs)
    ? readdirSync(docs)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => join(docs, name))
    : [];
  return [join(root, 'README.md'), join(root, 'CONTRIBUTING.md'), ...inDocs];
}

/** The lines outside fenced code blocks, with their line numbers (1-based). */
function proseLines(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((raw, i) => {
    const opener = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(raw);
    if (fence) {
      if (opener && opener[1][0] === fence[0] && opener[1].length >= fence.length && !opener[2].trim())
        fence = undefined;
    } else if (opener) fence = opener[1];
    else out.push({ line: i + 1, text: raw });
  });
  return out;
}

/**
 * GitHub's anchor for a heading: the rendered text in lower case, every character that is not
 * a letter, digit, space, hyphen or underscore dropped, each space a hyphen.
 */
function slug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](target) → text
    .replace(/<[^>]+>/g, '') // inline HTML tags
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

/** Every anchor in a Markdown text: its headings' slugs (a repeated one gets -1, -2 …) and HTML ids. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  // Headings keep their code spans' text, as GitHub's do.
  for (const { text } of proseLines(markdown)) {
    for (const m of text.matchAll(/<a\s+[^>]*\b(?:id|name)="([^"]+)"/g)) out.add(m[1]);
    const h = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(text);
    if (!h) continue;
    const base = slug(h[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

interface Link {
  line: number;
  target: string;
}

/** The Markdown links `[text](target)` and images of a text, outside code; external ones left out. */
function relativeLinks(markdown: string): Link[] {
  const links: Link[] = [];
  for (const { line, text: raw } of proseLines(markdown)) {
    // A link written inside a code span is an example, not a link.
    const text = raw.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length));
    for (const m of text.matchAll(/\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+["'(][^)]*)?\)/g)) {
      const target = m[1].replace(/^<|>$/g, '');
      if (/^(?:https?:|mailto:|tel:|\/\/)/i.test(target)) continue;
      links.push({ line, target });
    }
  }
  return links;
}

/** Every broken relative link of the given Markdown files, as "file:line target: why". */
function brokenLinks(files: string[], root: string): string[] {
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchors(readFileSync(file, 'utf8')));
    return anchorCache.get(file)!;
  };
  const problems: string[] = [];
  for (const file of files) {
    const where = (l: Link) => `${relative(root, file)}:${l.line} ${l.target}`;
    for (const link of relativeLinks(readFileSync(file, 'utf8'))) {
      const hash = link.target.indexOf('#');
      const path = hash < 0 ? link.target : link.target.slice(0, hash);
      const fragment = hash < 0 ? undefined : link.target.slice(hash + 1);
      let target = file;
      if (path) {
        let decoded: string;
        try {
          decoded = decodeURIComponent(path);
        } catch {
          problems.push(`${where(link)}: not a valid address`);
          continue;
        }
        target = decoded.startsWith('/') ? join(root, decoded) : resolve(dirname(file), decoded);
        if (!existsSync(target)) {
          problems.push(`${where(link)}: no such file`);
          continue;
        }
      }
      if (fragment === undefined) continue;
      if (!statSync(target).isFile() || !target.endsWith('.md')) {
        if (!/^L\d+(?:-L\d+)?$/.test(fragment))
          problems.push(`${where(link)}: an anchor in a file that has no headings`);
        continue;
      }
      let anchor = fragment;
      try {
        anchor = decodeURIComponent(fragment);
      } catch {
        // left as written: it then matches no heading
      }
      if (!anchorsOf(target).has(anchor))
        problems.push(`${where(link)}: no heading "#${fragment}" in ${relative(root, target)}`);
    }
  }
  return problems;
}

describe('the link checker', () => {
  it("makes GitHub's heading slugs", () => {
    expect(slug('B. A city server: nginx on Debian 12')).toBe('b-a-city-server-nginx-on-debian-12');
    expect(slug('Julkaisu / Deployment')).toBe('julkaisu--deployment');
    expect(slug('Measured speed (`npm run bench:search`)')).toBe('measured-speed-npm-run-benchsearch');
    expect(slug('Älä poista: vanhat tiedot & åäö')).toBe('älä-poista-vanhat-tiedot--åäö');
    expect(slug('What still grows, and why')).toBe('what-still-grows-and-why');
    expect(slug('See [the guide](x.md) first')).toBe('see-the-guide-first');
    expect([...anchors('# Tests\n\n```\n# not a heading\n```\n## Tests\n')]).toEqual(['tests', 'tests-1']);
  });

  it('finds relative links outside code and leaves external ones alone', () => {
    const md = [
      'See [a](a.md), [b](docs/b.md#part "title") and ![pic](img.png).',
      'Not [web](https://example.org), [mail](mailto:x@example.org), [phone](tel:+358123).',
      'Code: `[no](nope.md)`',
      '```',
      '[no](nope.md)',
      '```',
    ].join('\n');
    expect(relativeLinks(md)).toEqual([
      { line: 1, target: 'a.md' },
      { line: 1, target: 'docs/b.md#part' },
      { line: 1, target: 'img.png' },
    ]);
  });

  it('reports a missing file and a missing heading, and passes good links', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docs-links-'));
    try {
      writeFileSync(join(dir, 'b.md'), '# B\n\n## Keeping listings current\n');
      writeFileSync(
        join(dir, 'a.md'),
        [
          '# A',
          '[good](b.md#keeping-listings-current) [self](#a) [web](https://example.org/missing.md)',
          '[broken file](missing.md)',
          '[broken anchor](b.md#no-such-heading)',
        ].join('\n'),
      );
      expect(brokenLinks([join(dir, 'a.md')], dir)).toEqual([
        'a.md:3 missing.md: no such file',
        'a.md:4 b.md#no-such-heading: no heading "#no-such-heading" in b.md',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the documents', () => {
  const files = documents(ROOT);

  it('every relative link leads to a file, and every #anchor to a heading in it', () => {
    for (const f of files) expect(existsSync(f), `${relative(ROOT, f)} exists`).toBe(true);
    expect(brokenLinks(files, ROOT)).toEqual([]);
  });

  it('the README is at most 150 lines and names the two commands', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme.replace(/\n$/, '').split('\n').length).toBeLessThanOrEqual(150);
    expect(readme).toContain('npm start');
    expect(readme).toContain('npm test');
  });
});
