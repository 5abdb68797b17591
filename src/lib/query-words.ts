// The words of a query that carry meaning. Older readers type sentences ("olen yksinäinen",
// "someone to talk to"); their small words match nearly every page and would drown the one
// word that says what they need. Used by full search's fallback and by quick find.
const SMALL = new Set([
  // fi
  'ja', 'tai', 'on', 'olen', 'olet', 'ovat', 'oli', 'ei', 'en', 'et', 'minä', 'mä', 'minun', 'mun', 'sinä', 'hän', 'me', 'te', 'he',
  'se', 'ne', 'tämä', 'joka', 'jos', 'kun', 'että', 'kuin', 'mikä', 'mitä', 'missä', 'mistä', 'mihin', 'miten', 'voi', 'voin', 'voiko',
  'saa', 'saako', 'saan', 'kanssa', 'myös', 'vain', 'jo', 'nyt', 'aina', 'paljon', 'vähän', 'hyvä', 'haluan', 'tarvitsen', 'etsin', 'onko',
  // sv
  'och', 'eller', 'är', 'jag', 'du', 'han', 'hon', 'vi', 'ni', 'de', 'det', 'den', 'en', 'ett', 'att', 'som', 'för', 'med', 'på', 'till',
  'av', 'i', 'om', 'var', 'vad', 'hur', 'kan', 'vill', 'behöver', 'söker', 'någon', 'något', 'min', 'mitt', 'mina',
  // en
  'a', 'an', 'the', 'and', 'or', 'is', 'am', 'are', 'i', 'me', 'my', 'you', 'your', 'he', 'she', 'we', 'they', 'it', 'to', 'of', 'in',
  'on', 'at', 'for', 'with', 'from', 'by', 'where', 'what', 'how', 'can', 'could', 'want', 'need', 'looking', 'some', 'someone', 'something',
  // Words true of every listing here, which is for older people: they tell nothing apart.
  'ikäihmiset', 'ikäihmisille', 'ikäihmisten', 'ikääntyneet', 'ikääntyneille', 'vanhukset', 'vanhuksille', 'seniorit', 'senioreille',
  'eläkeläiset', 'eläkeläisille', 'eläkeläiselle', 'eläkeläinen', 'äldre', 'pensionärer', 'pensionär', 'seniorer',
  'seniors', 'senior', 'elderly', 'older', 'old', 'people', 'pensioners',
]);

export function queryWords(q: string): string[] {
  const all = [...new Set(q.toLocaleLowerCase('fi').split(/[\s,.;:!?()"]+/).filter((w) => w.length >= 2 || /\d/.test(w)))];
  const meaningful = all.filter((w) => !SMALL.has(w));
  return meaningful.length ? meaningful : all;
}
