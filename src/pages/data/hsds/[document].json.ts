// /data/hsds/services.json, organizations.json, taxonomy_terms.json: HSDS 3.0 in its nested form.
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../../lib/content';
import { JSON_DOCUMENTS, openData, siteOf, type JsonDocument } from '../../../lib/open-data';

export const getStaticPaths = (() =>
  (Object.keys(JSON_DOCUMENTS) as JsonDocument[]).map((file) => ({
    params: { document: file.replace(/\.json$/, '') },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: JsonDocument }> = async ({ props, site }) =>
  new Response(openData(await catalog(), siteOf(site)).json(props.file), {
    headers: { 'Content-Type': 'application/json' },
  });
