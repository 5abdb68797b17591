// Quick find's opener (see QuickFind.astro), on every page: the `/` key and the button. The
// dialog itself (src/client/quickfind/dialog.ts), Fuse.js and the index load on first use,
// so pages pay nothing until an advisor opens it. The dialog opens and takes the keyboard at
// once, in the key press or tap itself (a phone shows its keyboard only then); what is typed
// before the rest arrives is searched when it does.
const dialog = document.querySelector<HTMLDialogElement>('#qf-dialog');
const opener = document.querySelector<HTMLButtonElement>('#qf-open');
const input = document.querySelector<HTMLInputElement>('#qf-input');

let started: Promise<unknown> | undefined;
function open() {
  if (!dialog!.open) dialog!.showModal();
  input!.focus();
  input!.select();
  started ??= import('./dialog')
    .then(({ startDialog }) => startDialog(dialog!, input!))
    // Offline, or the file blocked: the dialog shows as it is, so that it can be seen and closed.
    .catch(() => void (dialog!.dataset.ready = ''));
}

if (dialog && opener && input) {
  opener.addEventListener('click', open);
  document.querySelector('#qf-close')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => opener.focus());
  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      open();
    }
  });
}

// A module, not a script: its names (opener, open) are its own, not the window's.
export {};
