// The shortlist page: shows the list from the URL (a shared link) or from this device,
// as a printable handout, with a share link and a QR code.
import type { HandoutFile, HandoutItem } from '../../lib/handout';
import { telHref } from '../../lib/phone';
import { routes } from '../../lib/routes';
import { pageLang } from '../i18n/lang';
import { decodeIds, shareUrl } from './codec';
import { sendLinks } from './send';
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

// "Monday 10.00; Thursday 14.00", but a full sentence ("The timetable is old.") ends with its own stop.
const joinParts = (parts: string[]) =>
  parts.reduce((acc, x) => (acc ? `${acc}${/[.!?]$/.test(acc) ? ' ' : '; '}${x}` : x), '');

function entry(item: HandoutItem, removable: boolean): HTMLLIElement {
  const li = el('li');
  li.dataset.service = item.i;
  const h2 = el('h2');
  const a = el('a', item.t);
  a.href = item.u;
  h2.append(a);
  li.append(h2, el('p', item.p));
  const dl = el('dl');
  dl.append(
    el('dt', root.dataset.where),
    el('dd', item.a.join('; ')),
    el('dt', root.dataset.when),
    el('dd', joinParts(item.w)),
    el('dt', root.dataset.cost),
    el('dd', item.c),
  );
  li.append(dl);
  if (item.ph) {
    const p = el('p', undefined, 'phone');
    const call = el('a', `${root.dataset.call} ${item.ph}`);
    call.href = telHref(item.ph);
    p.append(call);
    li.append(p);
  }
  const written = el('p', undefined, 'written');
  if (item.e) {
    const a = el('a', item.e);
    a.href = `mailto:${item.e}`;
    written.append(`${root.dataset.email}: `, a);
  }
  if (item.wb) {
    if (item.e) written.append(el('br'));
    // The address itself, not a label: on paper the link text is all there is.
    const a = el('a', item.wb.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    a.href = item.wb;
    written.append(`${root.dataset.web}: `, a);
  }
  if (written.childNodes.length) li.append(written);
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
    const send = sendLinks(listed, url, {
      subject: root.dataset.subject!,
      link: root.dataset.linkLabel!,
      call: root.dataset.call!,
      email: root.dataset.email!,
      web: root.dataset.web!,
    });
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
  document
    .querySelector<HTMLInputElement>('#shortlist-large')!
    .addEventListener('change', (e) => items.classList.toggle('large', (e.target as HTMLInputElement).checked));
  document.querySelector('#shortlist-copy')!.addEventListener('click', async () => {
    await copyField(link);
    status.textContent = root.dataset.copied!;
  });
  document.addEventListener(CHANGE, () => void render());
  await render();
}

void main();
