// The services of one theme, district or organiser, A–Ö, for the embeddable list: a host page
// that asks for a choice reads only its file (/upotus/teema/liikunta.json), not the catalogue.
import type { APIRoute } from 'astro';
import { pick, type Lang } from '../../../../i18n';
import { catalog, districtName } from '../../../../lib/content';
import type { EmbedQuery, EmbedShard } from '../../../../lib/embed';
import { embedGroups } from '../../../../lib/embed-items';
import { EMBED_PARAMS, langParams } from '../../../../lib/routes';

export async function getStaticPaths() {
  const c = await catalog();
  return langParams().flatMap(({ params, props }) => {
    const groups = embedGroups(c, props.lang);
    return (Object.keys(EMBED_PARAMS) as (keyof EmbedQuery)[]).flatMap((kind) =>
      [...groups[kind].keys()].map((id) => ({
        params: { ...params, kind: EMBED_PARAMS[kind], id },
        props: { ...props, kind, id },
      })),
    );
  });
}

export const GET: APIRoute = async ({ props }) => {
  const { lang, kind, id } = props as { lang: Lang; kind: keyof EmbedQuery; id: string };
  const c = await catalog();
  const name =
    kind === 'themes'
      ? pick(c.themeById.get(id)!.name, lang).text
      : kind === 'districts'
        ? (districtName(id, c.districtById, lang) ?? id)
        : pick(c.providers.get(id)!.name, lang).text;
  const shard: EmbedShard = { n: name, s: embedGroups(c, lang)[kind].get(id)! };
  return new Response(JSON.stringify(shard));
};
