// /data/hsds/<table>.csv: one HSDS 3.0 table in its tabular form (organizations.csv, services.csv…).
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../../lib/content';
import { openData, siteOf, tableOfCsv, type Table } from '../../../lib/open-data';

export const getStaticPaths = (() =>
  [...tableOfCsv].map(([table, name]) => ({ params: { table }, props: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: Table }> = async ({ props, site }) =>
  new Response(openData(await catalog(), siteOf(site)).csv(props.name), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
