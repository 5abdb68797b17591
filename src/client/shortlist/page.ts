// The shortlist page: shows the list from the URL (a shared link) or from this device,
// as a printable handout, with a share link and a QR code.
import type { HandoutContact, HandoutFile, HandoutItem } from '../../lib/handout';
import { telHref } from '../../lib/phone';
import { routes } from '../../lib/routes';
import { pageLang } from '../i18n/lang';
import { decodeIds, shareUrl } from './codec';
import { joinParts, sendLinks, type SendText } from './send';
import { CHANGE, loadList, saveList } from './store';
import { fill } from '../i18n/fill';
import { copyField } from '../copy';

const root = document.querySelector<HTMLElement>('#shortlist')!;
const items = document.querySelector<HTMLOListElement>('#shortlist-items')!;
const status = document.querySelector<HTMLElement>('#shortlist-status')!;
const tools = document.querySelector<HTMLElement>('#shortlist-tools')!;
const shared = document.querySelector<HTMLElement>('#shortlist-shared')!;
const link = document.querySelector<HTMLInputElement>('#shortlist-link')!;
const qr = document.querySelector<HTMLImageElement>('#shortlist-qr')!;
// A service's file holds every language; the list is shown in the page's.
const lang = pageLang();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

// The list's words, from the page in its language: the data attributes match SendText's names.
const words = root.dataset as unknown as SendText & { who: string };

// A contact on paper: the phone large, with its hours; the e-mail and web address written out.
function contact(c: HandoutContact | undefined): HTMLElement[] {
  if (!c) return [];
  const out: HTMLElement[] = [];
  if (c.ph) {
    const p = el('p', undefined, 'phone');
    const call = el('a', `${words.call} ${c.ph}`);
    call.href = telHref(c.ph);
    p.append(call);
    out.push(p);
    if (c.h) out.push(el('p', `${words.phoneHours}: ${c.h}`, 'hours'));
  }
  const written = el('p', undefined, 'written');
  if (c.e) {
    const a = el('a', c.e);
    a.href = `mailto:${c.e}`;
    written.append(`${words.email}: `, a);
  }
  if (c.wb) {
    if (c.e) written.append(el('br'));
    // The address itself, not a label: on paper the link text is all there is.
    const a = el('a', c.wb.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    a.href = c.wb;
    written.append(`${words.web}: `, a);
  }
  if (written.childNodes.length) out.push(written);
  return out;
}

function entry(item: HandoutItem, removable: boolean): HTMLLIElement {
  const li = el('li');
  li.dataset.service = item.i;
  const h2 = el('h2');
  const a = el('a', item.t);
  a.href = item.u;
  h2.append(a);
  // The key facts of the service's page, in its order; what is not known is one line.
  const dl = el('dl');
  const rows: [string, string | undefined][] = [
    [words.who, item.p],
    [words.when, joinParts(item.w)],
    [words.where, item.a.join('; ')],
    [words.cost, item.c],
    [words.join, item.j],
    [words.ask, item.q],
  ];
  for (const [label, value] of rows) if (value) dl.append(el('dt', label), el('dd', value));
  li.append(h2, dl, ...contact(item.o));
  if (item.g) li.append(el('p', `${words.organiser}:`, 'organiser'), ...contact(item.g));
  li.append(el('p', item.y, 'age'));
  if (removable) {
    const b = el('button', root.dataset.remove, 'button secondary no-print');
    b.type = 'button';
    b.addEventListener('click', () => {
      saveList(loadList().filter((x) => x !== item.i));
      status.textContent = fill(root.dataset.removed!, { s: item.t });
    });
    li.append(b);
  }
  return li;
}

// Each service on the list is one small file: the page reads only what it shows.
const read = new Map<string, Promise<HandoutItem | undefined>>();
function itemOf(id: string): Promise<HandoutItem | undefined> {
  let p = read.get(id);
  if (!p) {
    p = fetch(routes.handout(id)).then(
      async (r) => (r.ok ? ((await r.json()) as HandoutFile)[lang] : undefined),
      () => undefined,
    );
    read.set(id, p);
  }
  return p;
}

async function main() {
  const params = new URLSearchParams(location.search);
  // A service that has ended or been removed has no file, and drops out of the list.
  const fromUrl = params.has('s')
    ? (await Promise.all(decodeIds(params.get('s')).map(itemOf))).filter((x) => !!x).map((x) => x.i)
    : undefined;
  root.hidden = false;

  async function render() {
    const listed = (await Promise.all((fromUrl ?? loadList()).map(itemOf))).filter((x) => !!x);
    const ids = listed.map((x) => x.i);
    items.replaceChildren(...listed.map((x) => entry(x, !fromUrl)));
    tools.hidden = ids.length === 0;
    if (!ids.length) status.textContent = root.dataset.empty!;
    const url = shareUrl(location.href, ids);
    link.value = url;
    const send = sendLinks(listed, url, words);
    document.querySelector<HTMLAnchorElement>('#shortlist-mail')!.href = send.mailto;
    document.querySelector<HTMLAnchorElement>('#shortlist-sms')!.href = send.sms;
    if (ids.length) {
      const QRCode = await import('qrcode');
      qr.src = await QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
    }
  }

  if (fromUrl) {
    shared.hidden = false;
    document.querySelector('#shortlist-save')!.addEventListener('click', () => {
      saveList(fromUrl);
      status.textContent = root.dataset.saved!;
    });
  }
  const note = document.querySelector<HTMLTextAreaElement>('#shortlist-note')!;
  const notePrint = document.querySelector<HTMLElement>('#shortlist-note-print')!;
  note.addEventListener('input', () => (notePrint.textContent = note.value.trim()));
  document.querySelector('#shortlist-print')!.addEventListener('click', () => window.print());
  // The day the sheet is printed, the Finnish way in every language, on Helsinki's clock.
  const printed = document.querySelector<HTMLElement>('#shortlist-printed')!;
  const stamp = () => {
    const day = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki' }).format(new Date());
    printed.textContent = fill(printed.dataset.template!, { d: day });
  };
  stamp();
  window.addEventListener('beforeprint', stamp);
  document.querySelector('#shortlist-copy')!.addEventListener('click', async () => {
    await copyField(link);
    status.textContent = root.dataset.copied!;
  });
  document.addEventListener(CHANGE, () => void render());
  await render();
}

void main();
