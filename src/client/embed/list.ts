// The embeddable list: shows only the services the host page asked for in the query string
// (teema, alue, jarjestaja) and says how many and what was chosen. The page holds only the
// first services A–Ö; for a choice it reads the files of one kind of choice (the organisers',
// else the districts', else the themes'), whose items carry all their ids, so the other
// choices are settled here. Without choices, or without JavaScript, the first page stays.
import {
  embedItemOf,
  isEmpty,
  matchesEmbed,
  parseEmbedQuery,
  shardKindOf,
  type EmbedListItem,
  type EmbedQuery,
  type EmbedShard,
} from '../../lib/embed';
import { routes } from '../../lib/routes';
import { pageLang } from '../i18n/lang';
import { count as countOf } from '../i18n/fill';

const list = document.querySelector<HTMLUListElement>('#embed-list');
const status = document.querySelector<HTMLElement>('#embed-status');
const lang = pageLang();
const query = parseEmbedQuery(location.search);

/** The same item as the page's own (upotus/index.astro). */
function itemElement(x: EmbedListItem): HTMLLIElement {
  const li = document.createElement('li');
  Object.assign(li.dataset, { t: x.T.join(' '), d: x.D.join(' '), p: x.P });
  const a = document.createElement('a');
  a.href = x.h;
  a.target = '_top';
  const title = document.createElement('span');
  title.textContent = x.t;
  if (x.tl) title.lang = x.tl;
  a.append(title);
  const meta = document.createElement('span');
  meta.className = 'meta';
  const provider = document.createElement('span');
  provider.textContent = x.p;
  if (x.pl) provider.lang = x.pl;
  meta.append(provider, x.m);
  li.append(a, meta);
  return li;
}

/** A file that is not there (an id no service has) is an empty list. */
async function shard(kind: keyof EmbedQuery, id: string): Promise<EmbedShard | undefined> {
  try {
    const res = await fetch(routes.embedShard(lang, kind, id));
    return res.ok ? ((await res.json()) as EmbedShard) : undefined;
  } catch {
    return undefined;
  }
}

async function show(list: HTMLUListElement, status: HTMLElement) {
  const kind = shardKindOf(query)!;
  const files = await Promise.all(query[kind].map((id) => shard(kind, id)));
  const byId = new Map<string, EmbedListItem>();
  for (const f of files) for (const x of f?.s ?? []) byId.set(x.i, x);
  const collator = new Intl.Collator('fi');
  const shown = [...byId.values()]
    .filter((x) => matchesEmbed(embedItemOf(x), query))
    .sort((a, b) => collator.compare(a.t, b.t));
  list.replaceChildren(...shown.map(itemElement));
  document.querySelector<HTMLElement>('#embed-more')?.remove();

  const names = JSON.parse(list.dataset.names ?? '{}') as Partial<Record<keyof EmbedQuery, Record<string, string>>>;
  names[kind] = { ...names[kind], ...Object.fromEntries(query[kind].map((id, i) => [id, files[i]?.n ?? id])) };
  const labels = JSON.parse(status.dataset.labels ?? '{}') as Record<keyof EmbedQuery, string>;
  const chosen = (Object.keys(labels) as (keyof EmbedQuery)[])
    .filter((k) => query[k].length)
    .map((k) => `${labels[k]}: ${query[k].map((id) => names[k]?.[id] ?? id).join(', ')}.`);
  status.textContent = `${countOf(status.dataset.count!, shown.length)}. ${chosen.join(' ')}`;
  document.querySelector<HTMLElement>('#embed-none')!.hidden = shown.length > 0;
}

if (list && status && !isEmpty(query)) void show(list, status);
