// The listing form (SubmitForm.astro): checks answers with the build's own schema and
// reference checks, shows each error at its field and in a summary, then previews the page
// and offers the YAML file as a pull request, a download or text to copy.
import { stringify } from 'yaml';
import { serviceSchema, type Service } from '../../schema';
import { serviceReferenceIssues, type KnownIds } from '../../validation/corpus';
import { explainIssue } from '../../validation/problems';
import type { MapHandle } from '../map/map';
import { placeLine } from '../../lib/place';
import { slugify } from '../../lib/slug';
import { formPath, toListing, valuesOf } from './listing';
import { count, fill } from '../i18n/fill';

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

function preview(f: HTMLFormElement, s: Service): HTMLElement[] {
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
  const dl = el('dl');
  const row = (k: string, v: string) => dl.append(el('dt', k), el('dd', v));
  row(L.where, where.join('; ') || '–');
  row(L.when, when.join('; ') || L.ask);
  row(L.cost, s.cost ? labels.cost[s.cost.type] + (s.cost.price ? `: ${s.cost.price.fi}` : '') : L.ask);
  row(L.join, s.join ? labels.join[s.join.type] + (s.join.instructions ? `. ${s.join.instructions.fi}` : '') : L.ask);
  row(L.contact, [s.contact?.phone, s.contact?.email, s.contact?.web].filter(Boolean).join(', ') || L.ask);
  return [el('h3', s.title.fi), el('p', s.summary.fi), dl];
}

function check(f: HTMLFormElement) {
  clearErrors(f);
  const known = JSON.parse(f.dataset.known!) as KnownIds;
  const { listing, slotIndex } = toListing(valuesOf(f));
  const parsed = serviceSchema.safeParse(listing);
  const problems: { path: string; message: string }[] = [];
  const say = (m: { fi: string; en: string; fixFi?: string; fixEn?: string }) =>
    document.documentElement.lang === 'fi'
      ? `${m.fi}${m.fixFi ? `: ${m.fixFi}` : ''}`
      : `${m.fi} (${m.en})${m.fixEn ? `: ${m.fixEn}` : ''}`;
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push({
        path: formPath(issue.path, slotIndex),
        message: say(explainIssue(issue, serviceSchema, listing)),
      });
  else
    for (const issue of serviceReferenceIssues(parsed.data, known))
      problems.push({ path: formPath(issue.path, slotIndex), message: say(issue.msg) });

  const summary = f.querySelector<HTMLElement>('#submit-summary')!;
  const result = f.querySelector<HTMLElement>('#submit-result')!;
  const status = f.querySelector<HTMLElement>('#submit-status')!;
  if (problems.length) {
    result.hidden = true;
    const items: HTMLLIElement[] = [];
    const seen = new Set<HTMLElement>();
    for (const p of problems) {
      const field = fieldFor(f, p.path) ?? f;
      const slot = field.querySelector<HTMLElement>(':scope > .error') ?? field.querySelector<HTMLElement>('.error');
      if (slot && !seen.has(field)) {
        slot.textContent = p.message;
        slot.hidden = false;
        seen.add(field);
      }
      const control = field.querySelector<HTMLElement>('input, select, textarea');
      control?.setAttribute('aria-invalid', 'true');
      const li = el('li');
      const a = el('a', `${field.querySelector('label, legend')?.textContent?.trim() ?? p.path}: ${p.message}`);
      a.href = `#${control?.id ?? ''}`;
      li.append(a);
      items.push(li);
    }
    summary.querySelector('h2')!.textContent = count(f.dataset.errors!, problems.length);
    summary.querySelector('ul')!.replaceChildren(...items);
    summary.hidden = false;
    status.textContent = '';
    summary.focus();
    return;
  }
  summary.hidden = true;
  const service = parsed.data as Service;
  const yaml = `# Tehty lomakkeella / made with the form, ${new Date().toISOString().slice(0, 10)}\n${stringify(listing)}`;
  const id = String(listing.id);
  f.querySelector('#submit-preview')!.replaceChildren(...preview(f, service));
  f.querySelector<HTMLTextAreaElement>('#submit-yaml')!.value = yaml;
  const pr = f.querySelector<HTMLAnchorElement>('#submit-pr')!;
  pr.href = `${f.dataset.repository}/new/${f.dataset.branch}?${new URLSearchParams({ filename: `content/services/${id}.yaml`, value: yaml })}`;
  const download = f.querySelector<HTMLAnchorElement>('#submit-download')!;
  if (download.href.startsWith('blob:')) URL.revokeObjectURL(download.href);
  download.href = URL.createObjectURL(new Blob([yaml], { type: 'text/yaml' }));
  download.download = `${id}.yaml`;
  result.hidden = false;
  status.textContent = f.dataset.ok!;
}

if (form) {
  form.hidden = false;
  const title = form.querySelector<HTMLInputElement>('[name="title.fi"]')!;
  const id = form.querySelector<HTMLInputElement>('[name="id"]')!;
  let idEdited = false;
  id.addEventListener('input', () => (idEdited = id.value !== ''));
  title.addEventListener('input', () => {
    if (!idEdited) id.value = slugify(title.value);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    check(form);
  });
  form.querySelector('#submit-copy')!.addEventListener('click', async () => {
    const text = form.querySelector<HTMLTextAreaElement>('#submit-yaml')!;
    text.select();
    try {
      await navigator.clipboard.writeText(text.value);
    } catch {
      document.execCommand?.('copy');
    }
    form.querySelector('#submit-status')!.textContent = form.dataset.copied!;
  });
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
