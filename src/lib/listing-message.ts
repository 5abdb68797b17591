// A listing sent by e-mail: the form (src/client/submit/) writes the message, `npm run intake`
// (scripts/intake.ts) reads it back into files. Both sides live here, so the format has one
// definition. Each file travels as a marked block:
//
//   --- content/services/senioritanssit.yaml ---
//   id: senioritanssit
//   …
//   --- end ---
//
// Mail does things to text on the way: quoted-printable encoding (=C3=A4 for ä, = at the end
// of a line), "> " before every line of a reply or forward, long lines broken at about 72
// characters, non-breaking spaces from HTML mail. The writer keeps lines short so that little
// is broken; the reader undoes the rest, and says plainly what it could not read.
import { Document, isScalar, visit } from 'yaml';
import { providerSchema, serviceSchema, type Msg } from '../schema';

export type MessageFile = { path: string; text: string };
export type MessageProblem = { file: string; msg: Msg };

export const END_LINE = '--- end ---';
export const startLine = (path: string) => `--- ${path} ---`;
/** The only files a message may carry: one service and, when the organiser is new, its provider. */
export const FILE_PATH = /^content\/(?:services|providers)\/[a-z0-9]+(?:-[a-z0-9]+)*\.yaml$/;

// Lines this short survive mail that wraps at 72 or 76 characters, with room for "> > ".
const LINE_WIDTH = 64;

/**
 * A listing file's text for a message: short lists on one line ([liikunta]), long text folded
 * onto indented lines (still the same YAML value), no anchors (the validator refuses them).
 */
export function messageYaml(data: unknown): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((item) => isScalar(item) && String(item.value).length < 30)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: LINE_WIDTH, minContentWidth: 20, flowCollectionPadding: false });
}

/** The message body: the reader's words first, then the files, each in its block. */
export function composeMessage(intro: string, files: MessageFile[]): string {
  const blocks = files.map((f) => `${startLine(f.path)}\n${f.text.trimEnd()}\n${END_LINE}\n`);
  return `${intro.trim()}\n\n${blocks.join('')}`;
}

// — Reading a received message —

/** Quoted-printable text (RFC 2045) → text: soft line breaks joined, =XX bytes decoded. */
export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-Fa-f]{2}/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...enc.encode(joined[i]));
  }
  const raw = new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    // An older mail program may have sent Latin-1 (=E4 for ä).
    return new TextDecoder('windows-1252').decode(raw);
  }
}

// Quoted-printable when the message says so, or when it shows its marks: a soft line break,
// an encoded multi-byte letter (=C3=A4), an encoded = or a trailing space. Plain text with
// none of them reads the same either way.
const QP_MARKS = /content-transfer-encoding:\s*quoted-printable|=\r?\n|=[C-F][0-9A-F]=[89AB][0-9A-F]|=3D|=20\r?$/im;

const QUOTE = /^(?:>[ \t]?)*/;
const END = /^(?:>[ \t]?)*--- end ---[ \t]*$/;

/**
 * A file's start line at `i`: its quote marks, its path and the line after it. A start line
 * longer than the mail's lines comes broken at its spaces ("---" / "content/….yaml" / "---").
 */
function startAt(lines: string[], i: number): { prefix: string; path: string; next: number } | undefined {
  if (END.test(lines[i])) return undefined;
  const prefix = QUOTE.exec(lines[i])![0];
  const rest = (j: number) => (lines[j] ?? '').replace(QUOTE, '').trim();
  let m = /^--- (\S+?)(?: ---)?$/.exec(rest(i));
  let next = i + 1;
  if (!m && rest(i) === '---') {
    m = /^(content\/\S+?)(?: ---)?$/.exec(rest(i + 1));
    next = i + 2;
  }
  if (!m) return undefined;
  if (rest(next) === '---') next++;
  return { prefix, path: m[1], next };
}

// In the files the form writes, every line that starts at the left edge is a field of a
// service or a provider (`title:`). Any other line there is the tail of a line the mail broke.
const FIELDS = new Set([...Object.keys(serviceSchema.shape), ...Object.keys(providerSchema.shape)]);
const isFieldLine = (line: string) => FIELDS.has(/^([A-Za-z]+):(?:\s|$)/.exec(line)?.[1] ?? '');

/**
 * The files in a received message body. Every problem is returned, with the file it concerns;
 * when there is any, none of the files should be used.
 */
export function parseMessage(received: string): { files: MessageFile[]; problems: MessageProblem[] } {
  let text = received.replace(/\r\n?/g, '\n');
  if (QP_MARKS.test(text)) text = decodeQuotedPrintable(text);
  text = text.replace(/\u00a0/g, ' ');
  const lines = text.split('\n');
  const files: MessageFile[] = [];
  const problems: MessageProblem[] = [];
  const seen = new Set<string>();

  for (let i = 0; i < lines.length; i++) {
    const start = startAt(lines, i);
    if (!start) continue;
    const { prefix, path } = start;
    if (!FILE_PATH.test(path)) {
      problems.push({
        file: path,
        msg: {
          fi: 'Viestissä on tiedosto, jota lomake ei tee',
          en: 'The message holds a file the form does not make',
          fixFi: 'vain content/services/<tunnus>.yaml ja content/providers/<tunnus>.yaml kelpaavat',
          fixEn: 'only content/services/<id>.yaml and content/providers/<id>.yaml are accepted',
        },
      });
      continue;
    }
    const body: string[] = [];
    let ended = false;
    for (i = start.next; i < lines.length; i++) {
      if (END.test(lines[i])) {
        ended = true;
        break;
      }
      if (startAt(lines, i)) {
        i--;
        break;
      }
      body.push(unquote(lines[i], prefix));
    }
    if (!ended) {
      problems.push({
        file: path,
        msg: {
          fi: `Tiedoston lohko päättyy kesken: rivi "${END_LINE}" puuttuu. Viesti on ehkä katkennut`,
          en: `The file's block is cut short: the line "${END_LINE}" is missing. The message may have been cut`,
          fixFi: 'pyydä lähettäjää lähettämään viesti uudelleen, tai kopioi puuttuva osa lomakkeen tekstistä',
          fixEn: "ask the sender to send the message again, or copy the missing part from the form's text",
        },
      });
      continue;
    }
    if (seen.has(path)) {
      problems.push({
        file: path,
        msg: {
          fi: 'Sama tiedosto on viestissä kahdesti',
          en: 'The same file is in the message twice',
          fixFi: 'poista toinen lohko',
          fixEn: 'remove one of the blocks',
        },
      });
      continue;
    }
    seen.add(path);
    files.push({ path, text: `${unwrap(body).join('\n').trim()}\n` });
  }
  if (!files.length && !problems.length)
    problems.push({
      file: '(viesti / message)',
      msg: {
        fi: `Viestissä ei ole yhtään tiedostoa (rivejä "${startLine('content/…')}")`,
        en: `The message holds no file (lines "${startLine('content/…')}")`,
        fixFi: 'tallenna koko viesti tekstinä, myös sen loppuosa',
        fixEn: 'save the whole message as text, its end included',
      },
    });
  return { files, problems };
}

/** A line of a block without the quote marks its start line had ("> ", ">> "…). */
function unquote(line: string, prefix: string): string {
  if (!prefix) return line;
  if (line.startsWith(prefix)) return line.slice(prefix.length);
  // An empty quoted line often loses its trailing space ("> " → ">").
  if (line.trimEnd() === prefix.trimEnd()) return '';
  // A line re-quoted with different spacing ("> >" for ">>"): drop the marks, keep the indent.
  const marks = /^(?:>[ \t]?)+/.exec(line);
  return marks ? line.slice(marks[0].length) : line;
}

/** Joins the tails of lines the mail broke back onto the lines they belong to. */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const tail = out.length > 0 && line !== '' && !/^\s/.test(line) && !isFieldLine(line);
    if (tail) {
      const head = out[out.length - 1];
      // A format=flowed break keeps its space at the end of the line; a hard break loses it.
      out[out.length - 1] = head.endsWith(' ') ? head + line : `${head} ${line}`;
    } else out.push(line);
  }
  return out;
}
