// The embeddable list: shows only the services the host page asked for in the query string
// (teema, alue, jarjestaja) and says how many and what was chosen. Without choices, or
// without JavaScript, every service stays listed.
import { isEmpty, matchesEmbed, parseEmbedQuery, type EmbedQuery } from '../../lib/embed';
import { count as countOf } from '../i18n/fill';

const list = document.querySelector<HTMLUListElement>('#embed-list');
const status = document.querySelector<HTMLElement>('#embed-status');
const query = parseEmbedQuery(location.search);
if (list && status && !isEmpty(query)) {
  let shown = 0;
  for (const li of list.querySelectorAll<HTMLLIElement>(':scope > li')) {
    const ids = (s: string | undefined) => (s ? s.split(' ') : []);
    const match = matchesEmbed(
      { themes: ids(li.dataset.t), districts: ids(li.dataset.d), provider: li.dataset.p ?? '' },
      query,
    );
    li.hidden = !match;
    if (match) shown++;
  }
  const names = JSON.parse(list.dataset.names ?? '{}') as Record<keyof EmbedQuery, Record<string, string>>;
  const labels = JSON.parse(status.dataset.labels ?? '{}') as Record<keyof EmbedQuery, string>;
  const chosen = (Object.keys(labels) as (keyof EmbedQuery)[])
    .filter((k) => query[k].length)
    .map((k) => `${labels[k]}: ${query[k].map((id) => names[k]?.[id] ?? id).join(', ')}.`);
  const count = countOf(status.dataset.count!, shown);
  status.textContent = `${count}. ${chosen.join(' ')}`;
  document.querySelector<HTMLElement>('#embed-none')!.hidden = shown > 0;
}
