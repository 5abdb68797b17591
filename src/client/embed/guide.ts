// The embedding guide: builds the <iframe> code from the choices, shows it in the preview,
// and copies it. Without JavaScript the page offers the code for the whole list as it is.
import type { Lang } from '../../i18n';
import { iframeCode } from '../../lib/embed';
import { routes } from '../../lib/routes';
import { copyField } from '../copy';

const form = document.querySelector<HTMLFormElement>('#embed-form');
if (form) {
  const $ = <T extends HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
  const code = $<HTMLTextAreaElement>('#embed-code');
  const copy = $<HTMLButtonElement>('#embed-copy');
  const copied = $<HTMLElement>('#embed-copied');
  const preview = $<HTMLIFrameElement>('#embed-preview');
  const open = $<HTMLAnchorElement>('#embed-open');
  const titles = JSON.parse(form.dataset.titles!) as Record<Lang, string>;
  const one = (sel: string) => ($<HTMLSelectElement>(sel).value ? [$<HTMLSelectElement>(sel).value] : []);
  const update = () => {
    const chosen = $<HTMLSelectElement>('#embed-lang').value;
    // Not isLang() from the dictionaries' module: that would bring every dictionary along.
    const lang = (['fi', 'sv', 'en'] as const).find((l) => l === chosen) ?? 'fi';
    const path = routes.embed(lang, {
      themes: one('#embed-theme'),
      districts: one('#embed-district'),
      providers: one('#embed-provider'),
    });
    code.value = iframeCode(new URL(path, form.dataset.site).href, titles[lang]);
    open.href = path;
    open.hreflang = lang;
    if (preview.getAttribute('src') !== path) preview.src = path;
    preview.title = titles[lang];
    copied.textContent = '';
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  copy.addEventListener('click', async () => {
    await copyField(code);
    copied.textContent = copy.dataset.copied!;
  });
  form.hidden = false;
  copy.hidden = false;
  // A browser that restores the choices after Back gets the code that matches them.
  update();
}
