// "Listen": reads the service's name and summary aloud with the browser's own speech
// synthesis, in the page's language. The button stays hidden when the browser has no voice
// for that language: a Finnish text read by an English voice helps nobody.
const button = document.querySelector<HTMLButtonElement>('#listen');

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang));
}

if (button && 'speechSynthesis' in window) {
  const source = document.querySelector<HTMLElement>(button.dataset.source!)!;
  const lang = source.closest<HTMLElement>('[lang]')?.lang ?? document.documentElement.lang;
  const label = button.querySelector('.label')!;
  const show = () => {
    if (voiceFor(lang)) button.hidden = false;
  };
  show();
  speechSynthesis.addEventListener('voiceschanged', show);
  button.addEventListener('click', () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      return;
    }
    const text = [...document.querySelectorAll<HTMLElement>(button.dataset.read!)].map((e) => e.innerText).join('. ');
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    const voice = voiceFor(lang);
    if (typeof SpeechSynthesisVoice !== 'undefined' && voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
    utterance.rate = 0.9;
    utterance.addEventListener('start', () => {
      button.setAttribute('aria-pressed', 'true');
      label.textContent = button.dataset.stop!;
    });
    const done = () => {
      button.setAttribute('aria-pressed', 'false');
      label.textContent = button.dataset.start!;
    };
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    speechSynthesis.speak(utterance);
  });
}
