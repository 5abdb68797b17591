// Runs in <head> before the first paint. It marks <html> as having scripts ("js", and "geo"
// where the browser can tell a position), so that controls needing them (.js-only, .geo-only
// in global.css) are in place from the start instead of moving the page when the scripts
// arrive; and it applies the reader's display settings (text size, contrast), so the page
// never flashes in the wrong size. src/scripts/settings writes the same key.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  if ('geolocation' in navigator) root.classList.add('geo');
  try {
    var s = JSON.parse(localStorage.getItem('pt-settings') || '{}');
    if (s.text === 'large' || s.text === 'largest') root.setAttribute('data-text', s.text);
    if (s.contrast === 'high') root.setAttribute('data-contrast', 'high');
  } catch (e) {
    /* no storage: defaults */
  }
})();
