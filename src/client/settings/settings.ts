// The display settings control (DisplaySettings.astro). public/settings-boot.js applies the
// stored choice before first paint; this keeps the control and the page in step.
export type Settings = { text: 'normal' | 'large' | 'largest'; contrast: 'normal' | 'high' };
const KEY = 'pt-settings';
export const SETTINGS_CHANGE = 'pt-settings-change';

export function readSettings(): Settings {
  try {
    const s = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Settings>;
    return {
      text: s.text === 'large' || s.text === 'largest' ? s.text : 'normal',
      contrast: s.contrast === 'high' ? 'high' : 'normal',
    };
  } catch {
    return { text: 'normal', contrast: 'normal' };
  }
}

function apply(s: Settings) {
  const root = document.documentElement;
  if (s.text === 'normal') root.removeAttribute('data-text');
  else root.setAttribute('data-text', s.text);
  if (s.contrast === 'high') root.setAttribute('data-contrast', 'high');
  else root.removeAttribute('data-contrast');
  document.dispatchEvent(new CustomEvent(SETTINGS_CHANGE, { detail: s }));
}

const form = document.querySelector<HTMLFormElement>('#display-settings');
if (form) {
  const current = readSettings();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]'))
    input.checked = current[input.name as keyof Settings] === input.value;
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const s: Settings = {
      text: (data.get('text') as Settings['text']) ?? 'normal',
      contrast: (data.get('contrast') as Settings['contrast']) ?? 'normal',
    };
    try {
      localStorage.setItem(KEY, JSON.stringify(s));
    } catch {
      // No storage: the choice lasts for this page.
    }
    apply(s);
  });
}
