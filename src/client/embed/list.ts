// The embeddable list: shows only the services the host page asked for in the query string
// (teema, alue, jarjestaja) and says how many and what was chosen. The page holds only the
// first services A–Ö; for a choice it reads the files of one kind of choice (the organisers',
// else the districts', else the themes'), page by page where it can (openEmbedList), and shows
// a page's worth at a time. Without choices, or without JavaScript, the first page stays.
import {
  isEmpty,
  openEmbedList,
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
async function shard(kind: keyof EmbedQuery, id: string, page: number): Promise<EmbedShard | undefined> {
  try {
    const res = await fetch(routes.embedShard(lang, kind, id, page));
    return res.ok ? ((await res.json()) as EmbedShard) : undefined;
  } catch {
    return undefined;
  }
}

async function show(list: HTMLUListElement, status: HTMLElement) {
  const kind = shardKindOf(query)!;
  const collator = new Intl.Collator('fi');
  const found = await openEmbedList(query, shard, collator.compare);
  list.replaceChildren(...found.shown.map(itemElement));
  document.querySelector<HTMLElement>('#embed-more')?.remove();
  const more = document.querySelector<HTMLButtonElement>('#embed-next');
  if (more) {
    more.hidden = found.shown.length >= found.count;
    let reading = false;
    more.addEventListener('click', async () => {
      // A second press while the next file is on its way would find nothing new yet, and hide the button.
      if (reading) return;
      reading = true;
      const added = await found.showMore();
      reading = false;
      list.append(...added.map(itemElement));
      more.hidden = !added.length || found.shown.length >= found.count;
      // Keyboard and screen-reader users continue from the first new service.
      list.children[found.shown.length - added.length]?.querySelector('a')?.focus();
    });
  }

  const names = JSON.parse(list.dataset.names ?? '{}') as Partial<Record<keyof EmbedQuery, Record<string, string>>>;
  names[kind] = { ...names[kind], ...found.names };
  const labels = JSON.parse(status.dataset.labels ?? '{}') as Record<keyof EmbedQuery, string>;
  const chosen = (Object.keys(labels) as (keyof EmbedQuery)[])
    .filter((k) => query[k].length)
    .map((k) => `${labels[k]}: ${query[k].map((id) => names[k]?.[id] ?? id).join(', ')}.`);
  status.textContent = `${countOf(status.dataset.count!, found.count)}. ${chosen.join(' ')}`;
  document.querySelector<HTMLElement>('#embed-none')!.hidden = found.count > 0;
}

if (list && status && !isEmpty(query)) void show(list, status);
