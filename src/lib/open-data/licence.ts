// Under which terms the data is published, in one place: the data package, the GeoJSON, the
// /data/README.txt a person reads first, and the README quote it. The facts come from the
// public pages each listing names (sources.csv), and no source we use forbids reuse; the
// texts are the project's own. CC BY 4.0 asks only for credit.
export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The credit a reuser shows, in Finnish and English. */
export const CREDIT = {
  fi: 'Tiedot: Palvelutori Turku (CC BY 4.0). Kunkin palvelun lähteet ovat tiedostossa sources.csv.',
  en: 'Data: Palvelutori Turku (CC BY 4.0). Each service’s sources are listed in sources.csv.',
} as const;

/** /data/README.txt: what is here, in which form, and how to credit it. */
export function dataReadme(site: string, files: { path: string; description: string }[]): string {
  const home = new URL('/', site).href;
  return [
    'Palvelutori Turku – avoin data / open data',
    '',
    `Palvelut yli 65-vuotiaille turkulaisille: ${home}`,
    'Services for Turku residents aged 65+.',
    '',
    `Lisenssi / Licence: ${LICENCE.title} (${LICENCE.name}), ${LICENCE.path}`,
    `Mainitse lähde näin / Credit: ${CREDIT.fi}`,
    `                              ${CREDIT.en}`,
    '',
    'Tiedot päivittyvät jokaisella sivuston julkaisulla. The data is rebuilt with every release of the site.',
    'Muoto / Format: Open Referral HSDS 3.0 (CSV-taulukot ja JSON), GeoJSON (WGS84). Kuvaus / Descriptor: datapackage.json',
    '',
    'Tiedostot / Files:',
    ...files.map((f) => `- ${f.path}: ${f.description}`),
    '',
  ].join('\r\n');
}
