// A style sheet that comes with a feature when it starts (a map, quick find's dialog). The
// feature imports it with `?url`: imported as a style sheet, it would be linked from every page
// whose code can load the feature. Each file is added once; the promise settles when it has
// loaded or failed (a feature without its styles still works, only less tidy).
const added = new Map<string, Promise<void>>();

export function addStylesheet(href: string): Promise<void> {
  let loaded = added.get(href);
  if (!loaded) {
    loaded = new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = link.onerror = () => done();
      document.head.append(link);
    });
    added.set(href, loaded);
  }
  return loaded;
}
