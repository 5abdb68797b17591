// The first page of one theme, district or organiser's services, A–Ö, for the embeddable list:
// a host page that asks for a choice reads only its files (/upotus/teema/liikunta.json, then
// /upotus/teema/liikunta/2.json … as the reader asks for more), not the catalogue.
import type { APIRoute } from 'astro';
import { catalog } from '../../../../lib/content';
import type { EmbedShard } from '../../../../lib/embed';
import { embedShards } from '../../../../lib/embed-items';
import { EMBED_PARAMS, langParams } from '../../../../lib/routes';

export async function getStaticPaths() {
  const c = await catalog();
  return langParams().flatMap(({ params, props }) =>
    embedShards(c, props.lang)
      .filter((f) => f.page === 1)
      .map(({ kind, id, shard }) => ({
        params: { ...params, kind: EMBED_PARAMS[kind], id },
        props: { ...props, shard },
      })),
  );
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { shard: EmbedShard }).shard));
