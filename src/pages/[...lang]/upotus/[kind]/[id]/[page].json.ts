// Page 2 onwards of one theme, district or organiser's services for the embeddable list
// (page 1: ../[id].json.ts).
import type { APIRoute } from 'astro';
import { catalog } from '../../../../../lib/content';
import type { EmbedShard } from '../../../../../lib/embed';
import { embedShards } from '../../../../../lib/embed-items';
import { EMBED_PARAMS, langParams } from '../../../../../lib/routes';

export async function getStaticPaths() {
  const c = await catalog();
  return langParams().flatMap(({ params, props }) =>
    embedShards(c, props.lang)
      .filter((f) => f.page > 1)
      .map(({ kind, id, page, shard }) => ({
        params: { ...params, kind: EMBED_PARAMS[kind], id, page: String(page) },
        props: { ...props, shard },
      })),
  );
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify((props as { shard: EmbedShard }).shard));
