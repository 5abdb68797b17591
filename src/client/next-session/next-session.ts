// Fills each "next time" placeholder (src/components/NextSession.astro) from its weekly
// times, on Helsinki's clock at the moment the page is read.
import { nextSessionLine, type NextSessionData } from '../../lib/next-session';

const now = new Date();
for (const el of document.querySelectorAll<HTMLElement>('[data-next-session]')) {
  let data: NextSessionData;
  try {
    data = JSON.parse(el.dataset.nextSession!) as NextSessionData;
  } catch {
    continue;
  }
  const line = nextSessionLine(data, now);
  if (!line) continue;
  el.textContent = line.text;
  if (line.note) {
    const note = document.createElement('span');
    note.textContent = line.note;
    if (line.noteLang) note.lang = line.noteLang;
    el.append(' (', note, ')');
  }
}
