// Just enough of Internet mail for a re-check round: writing one plain-text message as an .eml
// file (RFC 5322 headers, RFC 2047 encoded subject, quoted-printable UTF-8 body), and reading
// back the answers people save from their mail programs (folded and encoded headers,
// quoted-printable or base64 bodies in any charset, multipart messages, format=flowed).

// ---------- writing ----------

const utf8 = new TextEncoder();
const hex = (b: number) => '=' + b.toString(16).toUpperCase().padStart(2, '0');

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text, CRLF line ends: no line over 76 characters,
 * soft breaks (`=` at the end) inside long lines, never in the middle of an `=XX`.
 */
export function encodeQuotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const bytes = utf8.encode(line);
    let cur = '';
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      const tok =
        (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last) ? String.fromCharCode(b) : hex(b);
      // 75 leaves room for the soft break's "=".
      if (cur.length + tok.length > 75) {
        out.push(cur + '=');
        cur = '';
      }
      cur += tok;
    });
    out.push(cur);
  }
  return out.join('\r\n');
}

/** Text as RFC 2047 encoded words, the first with `room` characters; a character is never split between two. */
function encodedWords(text: string, room: number): string[] {
  const words: string[] = [];
  const open = '=?UTF-8?Q?';
  const close = '?=';
  let cur = '';
  let space = room - open.length - close.length;
  for (const ch of text) {
    const tok =
      ch === ' ' ? '_' : /^[A-Za-z0-9!*+\-/.,:;()[\]]$/.test(ch) ? ch : [...utf8.encode(ch)].map(hex).join('');
    if (cur.length + tok.length > space) {
      words.push(open + cur + close);
      cur = '';
      space = 75 - 1 - open.length - close.length;
    }
    cur += tok;
  }
  words.push(open + cur + close);
  return words;
}

/**
 * A header's value as RFC 2047 encoded words when it is not plain ASCII, folded so that each
 * line stays within 76 characters. In an address (`Name <a@b.fi>`) only the name is encoded.
 */
export function encodeHeader(name: string, value: string): string {
  const prefix = `${name}: `;
  if (/^[\x20-\x7e]*$/.test(value)) return prefix + value;
  const address = /^(.*?)\s*(<[\x21-\x7e]+>)$/.exec(value);
  const words = encodedWords(address ? address[1] : value, 76 - prefix.length);
  return prefix + words.join('\r\n ') + (address ? `\r\n ${address[2]}` : '');
}

const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** A Date header's value (RFC 5322 §3.3), in UTC. */
export function mailDate(d: Date): string {
  return `${DAY[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** One plain-text message: its headers in order (values may be non-ASCII), then the body, quoted-printable. */
export function emlMessage(headers: [string, string | undefined][], body: string): string {
  const lines = headers.filter(([, v]) => v !== undefined).map(([k, v]) => encodeHeader(k, v!));
  lines.push(
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
  );
  return `${lines.join('\r\n')}\r\n\r\n${encodeQuotedPrintable(body)}\r\n`;
}

// ---------- reading ----------

function decodeBytes(bytes: Uint8Array, charset = 'utf-8'): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset.trim().toLowerCase() || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** A latin1 string (one character per byte, as the file was read) as its bytes. */
const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

/** Quoted-printable to bytes; soft line breaks joined, trailing transport spaces dropped. */
export function decodeQuotedPrintable(s: string): Uint8Array {
  const text = s.replace(/[ \t]+(?=\r?\n|$)/g, '').replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const m = text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3));
    if (m) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return Uint8Array.from(out);
}

const WORD = /=\?([^?\s*]+)(?:\*[^?\s]*)?\?([BbQq])\?([^?\s]*)\?=/g;

function wordBytes(enc: string, text: string): Uint8Array {
  if (enc.toUpperCase() === 'B') return Uint8Array.from(Buffer.from(text, 'base64'));
  return decodeQuotedPrintable(text.replace(/_/g, ' '));
}

/**
 * RFC 2047 encoded words in a header decoded: blanks between two words dropped, and the words
 * of one charset decoded together, since some programs split a character between two words.
 */
export function decodeHeader(value: string): string {
  let out = '';
  let last = 0;
  let run: { charset: string; bytes: number[] } | undefined;
  const flush = () => {
    if (run) out += decodeBytes(Uint8Array.from(run.bytes), run.charset);
    run = undefined;
  };
  for (const m of value.matchAll(WORD)) {
    const between = value.slice(last, m.index);
    const adjacent = run && /^[ \t\r\n]*$/.test(between);
    if (!adjacent) {
      flush();
      out += between;
    }
    const charset = m[1].toLowerCase();
    if (run && run.charset !== charset) flush();
    run ??= { charset, bytes: [] };
    run.bytes.push(...wordBytes(m[2], m[3]));
    last = m.index! + m[0].length;
  }
  flush();
  return out + value.slice(last);
}

export type ParsedMail = {
  /** A header's value, unfolded and decoded (the first one of that name). */
  header: (name: string) => string | undefined;
  /** The message's plain text: the first text/plain part, else its HTML as text. */
  text: string;
};

type RawPart = { headers: Map<string, string>; body: string };

function splitPart(raw: string): RawPart {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(i + 1).trim());
  }
  return { headers, body };
}

/** `text/plain; charset="utf-8"; format=flowed` → type and parameters (names in lower case). */
export function contentType(value = 'text/plain'): { type: string; params: Record<string, string> } {
  const [type, ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const m of rest.join(';').matchAll(/([A-Za-z0-9*_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/g))
    params[m[1].toLowerCase()] = m[2] ?? m[3];
  return { type: type.trim().toLowerCase() || 'text/plain', params };
}

/** RFC 3676: a line that ends in a space goes on in the next one. */
function unflow(text: string, delsp: boolean): string {
  const out: string[] = [];
  let cur: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const l = line.startsWith(' ') ? line.slice(1) : line;
    const joined = (cur ?? '') + l;
    if (l.endsWith(' ') && l !== '-- ') cur = delsp ? joined.slice(0, -1) : joined;
    else {
      out.push(joined);
      cur = undefined;
    }
  }
  if (cur !== undefined) out.push(cur);
  return out.join('\n');
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

function partText(part: RawPart): { text: string; html: boolean } | undefined {
  const ct = contentType(part.headers.get('content-type'));
  if (ct.type.startsWith('multipart/')) {
    const boundary = ct.params.boundary;
    if (!boundary) return undefined;
    const parts: string[] = [];
    let cur: string[] | undefined;
    for (const line of part.body.split(/\r?\n/)) {
      const t = line.trimEnd();
      const closing = t === `--${boundary}--`;
      if (closing || t === `--${boundary}`) {
        if (cur) parts.push(cur.join('\r\n'));
        if (closing) break;
        cur = [];
      } else cur?.push(line);
    }
    const texts = parts.map((p) => partText(splitPart(p))).filter((x) => !!x);
    return texts.find((x) => !x.html) ?? texts[0];
  }
  if (ct.type !== 'text/plain' && ct.type !== 'text/html') return undefined;
  const cte = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    cte === 'quoted-printable'
      ? decodeQuotedPrintable(part.body)
      : cte === 'base64'
        ? Uint8Array.from(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'))
        : bytesOf(part.body);
  let text = decodeBytes(bytes, ct.params.charset).replace(/\r\n/g, '\n');
  if (ct.type === 'text/html') return { text: htmlToText(text), html: true };
  if ((ct.params.format ?? '').toLowerCase() === 'flowed')
    text = unflow(text, ct.params.delsp?.toLowerCase() === 'yes');
  return { text, html: false };
}

/** A saved message (.eml), read as it lies on disk. */
export function parseMail(file: Uint8Array): ParsedMail {
  const part = splitPart(Buffer.from(file).toString('latin1'));
  return {
    // Headers should be ASCII; some programs write UTF-8 bytes there anyway.
    header: (name) => {
      const v = part.headers.get(name.toLowerCase());
      return v === undefined ? undefined : decodeHeader(decodeBytes(bytesOf(v))).trim();
    },
    text: partText(part)?.text ?? '',
  };
}

/** The calendar day of a Date header, as the sender's own clock had it: `Tue, 3 Dec 2029 09:12:00 +0200` → 2029-12-03. */
export function dayOfMailDate(value: string): string | undefined {
  const m = /(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})/i.exec(value);
  if (!m) return undefined;
  const month = MONTHS.findIndex((x) => x.toLowerCase() === m[2].slice(0, 3).toLowerCase()) + 1;
  const iso = `${m[3]}-${two(month)}-${two(Number(m[1]))}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

/** The address in a From header: `Maija <maija@yhdistys.fi>` → maija@yhdistys.fi. */
export function addressOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /<([^<>\s]+@[^<>\s]+)>/.exec(value) ?? /([^\s<>"',;]+@[^\s<>"',;]+)/.exec(value);
  return m?.[1].toLowerCase();
}
