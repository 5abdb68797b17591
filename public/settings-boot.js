// Applies the reader's display settings (text size, contrast) before the first paint, so the
// page never flashes in the wrong size. Loaded synchronously in <head>; src/scripts/settings
// writes the same key.
(function () {
  try {
    var s = JSON.parse(localStorage.getItem('pt-settings') || '{}');
    var root = document.documentElement;
    if (s.text === 'large' || s.text === 'largest') root.setAttribute('data-text', s.text);
    if (s.contrast === 'high') root.setAttribute('data-contrast', 'high');
  } catch (e) {
    /* no storage: defaults */
  }
})();
