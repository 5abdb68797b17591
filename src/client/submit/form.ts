// The listing form (SubmitForm.astro): checks the answers with the build's own schemas
// (check.ts), shows each problem at its field and in a summary, then previews the page and
// offers the files: by e-mail to the editors where the site has an address, and as files for
// GitHub.
import { ID_PATTERN, type Service } from '../../schema';
import { composeMessage, messageYaml, type MessageFile } from '../../lib/listing-message';
import { mailtoHref } from '../../lib/mailto';
import { placeLine } from '../../lib/place';
import { slugify } from '../../lib/slug';
import type { MapHandle } from '../map/map';
import { count, fill } from '../i18n/fill';
import { checkAnswers, type Checked, type Known } from './check';
import { helsinkiToday } from './everyday';
import { valuesOf } from './listing';
import type { FormWords } from './messages';

const form = document.querySelector<HTMLFormElement>('#submit-form');

function fieldFor(root: HTMLElement, path: string): HTMLElement | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
    if (el) return el;
  }
  return null;
}

function clearErrors(f: HTMLFormElement) {
  f.querySelectorAll<HTMLElement>('.error').forEach((e) => {
    e.hidden = true;
    e.textContent = '';
  });
  f.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The page's answers to where, when, cost, join and contact, as a reader will see them. */
function rows(f: HTMLFormElement, s: Service, organiser: string): [string, string][] {
  const L = JSON.parse(f.dataset.previewLabels!);
  const names = JSON.parse(f.dataset.districtNames!) as Record<string, string>;
  const labels = JSON.parse(f.dataset.labels!) as {
    cost: Record<string, string>;
    join: Record<string, string>;
    day: Record<string, string>;
  };
  const words = { somewhereIn: (d: string) => fill(L.somewhere, { d }), askProvider: L.ask };
  const where = s.locations.map((l) => placeLine(l, (id) => names[id], words));
  const when = [
    ...(s.schedule?.weekly ?? []).map(
      (w) => `${labels.day[w.day]} ${w.start.replace(':', '.')}${w.end ? `–${w.end.replace(':', '.')}` : ''}`,
    ),
    ...(s.schedule?.hours ? [s.schedule.hours.fi] : []),
  ];
  return [
    [L.provider, organiser],
    [L.where, where.join('; ') || '–'],
    [L.when, when.join('; ') || L.ask],
    [L.cost, s.cost ? labels.cost[s.cost.type] + (s.cost.price ? `: ${s.cost.price.fi}` : '') : L.ask],
    [L.join, s.join ? labels.join[s.join.type] + (s.join.instructions ? `. ${s.join.instructions.fi}` : '') : L.ask],
    [L.contact, [s.contact?.phone, s.contact?.email, s.contact?.web].filter(Boolean).join(', ') || L.ask],
  ];
}

function showProblems(f: HTMLFormElement, problems: Checked['problems']) {
  const summary = f.querySelector<HTMLElement>('#submit-summary')!;
  // In the order of the form, so the summary reads top to bottom like the page.
  const placed = problems
    .map((p) => ({ ...p, at: fieldFor(f, p.field) ?? f }))
    .sort((a, b) => (a.at.compareDocumentPosition(b.at) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const items = placed.map(({ at, message }) => {
    const slot = at.querySelector<HTMLElement>(':scope > .error') ?? at.querySelector<HTMLElement>('.error');
    if (slot?.hidden) {
      slot.textContent = message;
      slot.hidden = false;
    }
    const control = at.querySelector<HTMLElement>('input, select, textarea');
    control?.setAttribute('aria-invalid', 'true');
    // The message alone: each one names what to do, and the link leads to the field.
    const a = el('a', message);
    a.href = `#${control?.id ?? ''}`;
    const li = el('li');
    li.append(a);
    return li;
  });
  summary.querySelector('h2')!.textContent = count(f.dataset.errors!, problems.length);
  summary.querySelector('ul')!.replaceChildren(...items);
  summary.hidden = false;
  summary.focus();
}

/** The message to the editors: the main facts in the reader's words, then the files. */
function message(f: HTMLFormElement, s: Service, table: [string, string][], files: MessageFile[], newOrg: boolean) {
  const M = JSON.parse(f.dataset.mail!) as Record<string, string>;
  const [organiser, where, when] = table;
  // The place in a few words: the page's own sentence ("somewhere in…, ask…") is for readers.
  const names = JSON.parse(f.dataset.districtNames!) as Record<string, string>;
  const place = s.locations.map((l) => [l.name, l.street, l.district && names[l.district]].filter(Boolean).join(', '));
  const intro = [
    M.hello,
    '',
    `${M.service}: ${s.title.fi}`,
    `${organiser[0]}: ${organiser[1]}${newOrg ? ` (${M.newOrg})` : ''}`,
    `${when[0]}: ${when[1]}`,
    ...(place.length ? [`${where[0]}: ${place.join('; ')}`] : []),
    '',
    M.forEditors,
  ].join('\n');
  return { to: M.to, subject: fill(M.subject, { title: s.title.fi }), body: composeMessage(intro, files), M };
}

function showResult(f: HTMLFormElement, checked: Checked, newOrg: boolean) {
  const s = checked.service!;
  const organiser = checked.provider
    ? checked.provider.name.fi
    : (f.querySelector<HTMLSelectElement>('[name="provider"]')!.selectedOptions[0]?.text ?? s.provider);
  const table = rows(f, s, organiser);
  const dl = el('dl');
  for (const [k, v] of table) dl.append(el('dt', k), el('dd', v));
  f.querySelector('#submit-preview')!.replaceChildren(el('h3', s.title.fi), el('p', s.summary.fi), dl);

  const { listing, provider } = checked.built;
  const files: MessageFile[] = [
    ...(provider ? [{ path: `content/providers/${String(provider.id)}.yaml`, text: messageYaml(provider) }] : []),
    { path: `content/services/${s.id}.yaml`, text: messageYaml(listing) },
  ];

  if (f.dataset.mail) {
    const { to, subject, body, M } = message(f, s, table, files, newOrg);
    f.querySelector<HTMLTextAreaElement>('#submit-message')!.value = body;
    const mail = f.querySelector<HTMLAnchorElement>('#submit-mail')!;
    const whole = mailtoHref(to, subject, body);
    // Too long for a mailto: link: the button copies the message, and the e-mail asks for it.
    mail.href = whole ?? mailtoHref(to, subject, M.paste)!;
    mail.dataset.copyFirst = whole ? '' : '#submit-message';
    mail.textContent = whole ? mail.dataset.label! : M.long;
    f.querySelector<HTMLElement>('#submit-mail-long')!.hidden = !!whole;
  }

  const L = JSON.parse(f.dataset.fileLabels!) as Record<string, string>;
  const stamp = `# Tehty lomakkeella / made with the form, ${helsinkiToday()}\n`;
  const list = f.querySelector('#submit-files')!;
  list.querySelectorAll<HTMLAnchorElement>('a[download]').forEach((a) => URL.revokeObjectURL(a.href));
  list.replaceChildren(
    ...files.map(({ path, text }) => {
      const li = el('li');
      const pr = el('a', L.pr);
      pr.href = `${f.dataset.repository}/new/${f.dataset.branch}?${new URLSearchParams({ filename: path, value: stamp + text })}`;
      const download = el('a', L.download);
      download.href = URL.createObjectURL(new Blob([stamp + text], { type: 'text/yaml' }));
      download.download = path.split('/').pop()!;
      const links = el('ul');
      links.className = 'inline';
      for (const a of f.dataset.repository ? [pr, download] : [download]) {
        const item = el('li');
        item.append(a);
        links.append(item);
      }
      li.append(el('strong', path.includes('/providers/') ? L.provider : L.service), ' ', el('code', path), links);
      return li;
    }),
  );
  f.querySelector<HTMLTextAreaElement>('#submit-yaml')!.value = files
    .map((x) => `# ${x.path}\n${stamp}${x.text}`)
    .join('\n');
  f.querySelector<HTMLElement>('#submit-result')!.hidden = false;
  f.querySelector('#submit-status')!.textContent = f.dataset.ok!;
}

/**
 * Whether a listing already has this id (its file name): the site is asked for its page. Not
 * known when the site cannot be reached; `npm run intake` never replaces a file either.
 */
async function inUse(f: HTMLFormElement, id: string): Promise<boolean> {
  // Only an id the schema accepts is asked: it needs no encoding, so the template is filled as text.
  if (!ID_PATTERN.test(id)) return false;
  try {
    return (await fetch(fill(f.dataset.serviceUrl!, { id }), { method: 'HEAD' })).ok;
  } catch {
    return false;
  }
}

async function check(f: HTMLFormElement) {
  clearErrors(f);
  const values = valuesOf(f);
  const id = String(values.id ?? '');
  const known = { ...JSON.parse(f.dataset.known!), services: (await inUse(f, id)) ? [id] : [] } as Known;
  const words = JSON.parse(f.dataset.messages!) as FormWords;
  const checked = checkAnswers(values, known, words, helsinkiToday());
  if (checked.problems.length) {
    f.querySelector<HTMLElement>('#submit-result')!.hidden = true;
    f.querySelector('#submit-status')!.textContent = '';
    showProblems(f, checked.problems);
    return;
  }
  f.querySelector<HTMLElement>('#submit-summary')!.hidden = true;
  showResult(f, checked, values.providerChoice === 'new');
}

/** Shows the fields of the chosen branch; the others are hidden and left out of the answers. */
function reveal(f: HTMLFormElement) {
  f.querySelectorAll<HTMLElement>('[data-reveal]').forEach((box) => {
    const [name, value] = box.dataset.reveal!.split(':');
    const on = f.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value === value;
    box.hidden = !on;
    box.querySelectorAll<HTMLInputElement>('input, select, textarea').forEach((c) => (c.disabled = !on));
  });
}

async function copy(text: HTMLTextAreaElement) {
  text.select();
  try {
    await navigator.clipboard.writeText(text.value);
  } catch {
    document.execCommand?.('copy');
  }
}

if (form) {
  form.hidden = false;
  reveal(form);
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).type === 'radio') reveal(form);
  });
  const title = form.querySelector<HTMLInputElement>('[name="title.fi"]')!;
  const id = form.querySelector<HTMLInputElement>('[name="id"]')!;
  let idEdited = false;
  id.addEventListener('input', () => (idEdited = id.value !== ''));
  title.addEventListener('input', () => {
    if (!idEdited) id.value = slugify(title.value);
  });
  // A web page's date: today, as people mostly read the page the day they fill in the form.
  const date = form.querySelector<HTMLInputElement>('[name="source.0.date"]')!;
  const [y, m, d] = helsinkiToday().split('-');
  date.value ||= `${Number(d)}.${Number(m)}.${y}`;
  const mail = form.querySelector<HTMLAnchorElement>('#submit-mail');
  if (mail) {
    mail.dataset.label = mail.textContent!;
    mail.addEventListener('click', () => {
      const from = mail.dataset.copyFirst && form.querySelector<HTMLTextAreaElement>(mail.dataset.copyFirst);
      if (from) void copy(from);
    });
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void check(form);
  });
  form.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) =>
    button.addEventListener('click', async () => {
      await copy(form.querySelector<HTMLTextAreaElement>(button.dataset.copy!)!);
      form.querySelector('#submit-status')!.textContent = form.dataset.copied!;
    }),
  );
  // Clicking the map fills the coordinates; choosing a district shows it on the map.
  const lat = form.querySelector<HTMLInputElement>('[name="locations.0.coordinates.lat"]')!;
  const lon = form.querySelector<HTMLInputElement>('[name="locations.0.coordinates.lon"]')!;
  const district = form.querySelector<HTMLSelectElement>('[name="locations.0.district"]')!;
  let handle: MapHandle | undefined;
  document.addEventListener('pt-map-ready', (e) => {
    handle = (e as CustomEvent<MapHandle>).detail;
    handle.map.on('click', (ev) => {
      lat.value = ev.lngLat.lat.toFixed(5);
      lon.value = ev.lngLat.lng.toFixed(5);
      handle!.showPosition(ev.lngLat.lng, ev.lngLat.lat);
    });
  });
  district.addEventListener('change', () => {
    const o = district.selectedOptions[0];
    if (o?.dataset.lat) handle?.flyTo(Number(o.dataset.lon), Number(o.dataset.lat), 14);
  });
}
