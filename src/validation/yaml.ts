// Reads one content file. Listings come from outside the team, so the reader refuses what
// could hurt the build (huge files, alias bombs, duplicate keys) with a message, never a crash.
import { isAlias, isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Msg } from '../schema/common';

export const MAX_FILE_BYTES = 64 * 1024;

export type ParsedYaml =
  | { ok: true; data: unknown; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; line?: number; msg: Msg };

export function parseYaml(text: string): ParsedYaml {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_FILE_BYTES)
    return {
      ok: false,
      msg: {
        fi: `Tiedosto on liian suuri (${Math.round(bytes / 1024)} kt, enintään ${MAX_FILE_BYTES / 1024} kt)`,
        en: `The file is too large (${Math.round(bytes / 1024)} KB, at most ${MAX_FILE_BYTES / 1024} KB)`,
        fixFi: 'yksi palvelu on lyhyt tiedosto: lyhennä tekstejä',
        fixEn: 'one service is a short file: shorten the texts',
      },
    };
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, schema: 'core' });
  } catch {
    return {
      ok: false,
      msg: {
        fi: 'Tiedostoa ei voi lukea YAML-muodossa',
        en: 'The file cannot be read as YAML',
        fixFi: 'tarkista sisennykset ja kaksoispisteet',
        fixEn: 'check the indentation and colons',
      },
    };
  }
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line;
    // prettyErrors adds the source excerpt after the first line; keep the sentence only.
    const said = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const dup = err.code === 'DUPLICATE_KEY';
    return {
      ok: false,
      line,
      msg: dup
        ? {
            fi: 'Sama kenttä on kirjoitettu kahdesti',
            en: 'The same field is written twice',
            fixFi: 'poista toinen',
            fixEn: 'remove one of them',
          }
        : {
            fi: `YAML-virhe: ${said}`,
            en: `YAML error: ${said}`,
            fixFi: 'tarkista sisennykset, kaksoispisteet ja lainausmerkit',
            fixEn: 'check the indentation, colons and quotes',
          },
    };
  }
  let aliasLine: number | undefined;
  let hasAlias = false;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || (isNode(node) && node.anchor)) {
        hasAlias = true;
        aliasLine = node.range ? lines.linePos(node.range[0]).line : undefined;
        return visit.BREAK;
      }
    },
  });
  if (hasAlias)
    return {
      ok: false,
      line: aliasLine,
      msg: {
        fi: 'YAML-ankkurit (&) ja viittaukset (*) eivät ole sallittuja',
        en: 'YAML anchors (&) and aliases (*) are not allowed',
        fixFi: 'kirjoita arvo auki joka kohtaan',
        fixEn: 'write the value out in each place',
      },
    };

  const data = doc.toJS({ maxAliasCount: 0 });
  const lineOf = (path: readonly PropertyKey[]) => {
    // Report the deepest part of the path that exists: a missing field points at its parent.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  return { ok: true, data, lineOf };
}
