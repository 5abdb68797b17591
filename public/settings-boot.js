// Why and what: src/layouts/Base.astro, where it is loaded.
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
