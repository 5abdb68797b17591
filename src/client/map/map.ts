// One interactive map (MapFigure.astro). Loaded by lazy.ts only when a map comes on screen.
// Markers are drawn in the canvas and left out of the tab order on purpose: the list before
// every map holds the same services as real links, and that list is the keyboard's way.
import maplibregl, { type ExpressionSpecification, type LayerSpecification, type MapGeoJSONFeature } from 'maplibre-gl';
// The library's stylesheet and ours for what it draws, added when a map starts (65 KB;
// src/client/stylesheet.ts). Ours comes second: it adjusts the library's.
import mapCss from 'maplibre-gl/dist/maplibre-gl.css?url';
import ownCss from './map.css?url';
import { Protocol } from 'pmtiles';
import { CITY_VIEW, filterData } from '../../lib/map-list';
import { fillRoute } from '../../lib/routes';
import { matches, withBase, type MapFilterState } from './filters';
import { fill } from '../i18n/fill';
import { mapListOf } from './list';
import { addImage } from './images';
import { cssVars, readPalette } from './palette';
import { clearMapFailure, showMapFailure } from './failure';
import { addStylesheet } from '../stylesheet';
import {
  BASE_FILTERS,
  buildStyle,
  SERVICE_LAYERS,
  withLargerText,
  withoutSpriteIcons,
  type StyleOptions,
} from './style';

let protocolAdded = false;
/** How long a map may take to draw before the reader is pointed to the list (slow 3G: a few seconds). */
const MAP_PATIENCE_MS = 20_000;

export type MapHandle = {
  map: maplibregl.Map;
  setFilters: (state: MapFilterState) => void;
  flyTo: (lon: number, lat: number, zoom?: number) => void;
  showPosition: (lon: number, lat: number) => void;
  /** Draws the figure's `data-district` as chosen (place.ts sets it). */
  showDistrict: () => void;
};

function absolute(url: string) {
  return new URL(url, location.href).href;
}

// A URL template ("/fonts/{fontstack}/{range}.pbf") made absolute without escaping its braces.
function absoluteTemplate(url: string) {
  return url.startsWith('/') ? `${location.origin}${url}` : url;
}

/**
 * The deployer's Protomaps street basemap, if one is configured: its layers in the light
 * flavour, or the black one under high contrast. Street and place names need the fonts
 * (`data-glyphs`); without them the basemap comes without its labels. Its labels are drawn
 * half as large again as Protomaps draws them.
 */
async function loadBasemap(
  fig: HTMLElement,
  lang: 'fi' | 'sv',
): Promise<((hc: boolean) => StyleOptions['basemap']) | undefined> {
  const url = fig.dataset.basemap;
  if (!url) return undefined;
  const { layers, namedFlavor } = await import('@protomaps/basemaps');
  const glyphs = fig.dataset.glyphs ? absoluteTemplate(fig.dataset.glyphs) : undefined;
  return (hc) => ({
    url: absolute(url),
    glyphs,
    layers: withLargerText(
      withoutSpriteIcons(
        layers('protomaps', namedFlavor(hc ? 'black' : 'light'), glyphs ? { lang } : {}) as LayerSpecification[],
      ),
    ),
  });
}

type PopupItem = {
  href?: string;
  title?: string;
  provider?: string;
  address?: string;
  places: [string, string][];
  /** What the map's filters test ('|a|b|' lists), where the list item carries it. */
  data: Record<string, string | undefined>;
};

// The pop-up's words come from the list before the map, in the page's language: an element
// already on the page (a card or a list item), else the full map list's item for the service,
// read from its district's file. A service known to neither gets a plain link to its page.
async function itemOf(fig: HTMLElement, id: string, district: string): Promise<PopupItem | undefined> {
  const list = document.querySelector<HTMLElement>(fig.dataset.list!);
  const el = list?.querySelector<HTMLElement>(`[data-service="${CSS.escape(id)}"]`);
  if (el) {
    const link = el.querySelector<HTMLAnchorElement>('a[href]');
    return {
      href: link?.href,
      title: link?.textContent?.trim(),
      provider: el.dataset.provider,
      address: el.dataset.address,
      places: JSON.parse(el.dataset.places ?? '[]') as [string, string][],
      data: { ...el.dataset },
    };
  }
  const item = await mapListOf(list)?.item(id, district);
  return item && { ...item, data: filterData(item) };
}

function linkTo(fig: HTMLElement, id: string, item: PopupItem | undefined) {
  const a = document.createElement('a');
  a.href = item?.href ?? fillRoute(fig.dataset.serviceUrl!, id);
  a.textContent = item?.title || fig.dataset.more!;
  return a;
}

// The place that was clicked: a service with places in several districts has a marker in each.
const placeOf = (item: PopupItem, district: string) => item.places.find(([d]) => d === district)?.[1] ?? item.address;

async function popupContent(fig: HTMLElement, id: string, district: string): Promise<HTMLElement> {
  const item = await itemOf(fig, id, district);
  const box = document.createElement('div');
  box.className = 'map-popup';
  const a = linkTo(fig, id, item);
  if (!item) {
    box.append(a);
    return box;
  }
  const strong = document.createElement('strong');
  strong.append(a);
  box.append(strong);
  for (const text of [item.provider, placeOf(item, district)]) {
    if (!text) continue;
    const p = document.createElement('p');
    p.textContent = text;
    box.append(p);
  }
  return box;
}

/** Services at one place: how many, then each as a link with its organiser and place. */
async function stackContent(fig: HTMLElement, members: [string, string][], state: MapFilterState) {
  const items = await Promise.all(
    members.map(async ([id, district]) => ({ id, district, item: await itemOf(fig, id, district) })),
  );
  // With filters on, the ones the filters leave out are left out here too.
  const shown = items
    .filter(({ item }) => !item || matches(item.data, state))
    .sort((a, b) => (a.item?.title ?? '').localeCompare(b.item?.title ?? '', document.documentElement.lang));
  const box = document.createElement('div');
  box.className = 'map-popup map-popup-stack';
  const heading = document.createElement('p');
  heading.className = 'map-popup-count';
  heading.textContent = fill(fig.dataset.stack!, { n: shown.length });
  const ul = document.createElement('ul');
  for (const { id, district, item } of shown) {
    const li = document.createElement('li');
    li.append(linkTo(fig, id, item));
    const words = item && [item.provider, placeOf(item, district)].filter(Boolean).join(', ');
    if (words) {
      const p = document.createElement('p');
      p.textContent = words;
      li.append(p);
    }
    ul.append(li);
  }
  box.append(heading, ul);
  return box;
}

export async function initMap(fig: HTMLElement): Promise<MapHandle> {
  await Promise.all([addStylesheet(mapCss), addStylesheet(ownCss)]);
  if (!protocolAdded) {
    maplibregl.addProtocol('pmtiles', new Protocol().tile);
    protocolAdded = true;
  }
  const lang = fig.dataset.lang === 'sv' ? 'sv' : 'fi';
  const container = fig.querySelector<HTMLElement>('.map-canvas')!;
  const focusServices = fig.dataset.focus ? fig.dataset.focus.split(',') : [];
  const basemap = await loadBasemap(fig, lang);
  // A district or service page hands over its few services directly instead of tiles.
  const features = fig.dataset.features ? (JSON.parse(fig.dataset.features) as GeoJSON.FeatureCollection) : undefined;
  const hc = () => document.documentElement.dataset.contrast === 'high';
  const styleFor = () =>
    buildStyle({
      hc: hc(),
      palette: readPalette(cssVars()),
      lang,
      base: absolute(fig.dataset.base!),
      services: features ?? absolute(fig.dataset.services!),
      basemap: basemap?.(hc()),
      focusDistrict: fig.dataset.district,
      focusServices,
    });
  const bounds = fig.dataset.bounds
    ? (JSON.parse(fig.dataset.bounds) as [[number, number], [number, number]])
    : CITY_VIEW;
  const map = new maplibregl.Map({
    container,
    style: styleFor(),
    bounds,
    fitBoundsOptions: { padding: 40, maxZoom: 15 },
    // The land data ends here: beyond it the map would show land as water.
    maxBounds: [
      [21.85, 60.28],
      [22.75, 60.68],
    ],
    minZoom: 9,
    maxZoom: 18,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // One finger scrolls the page on a phone; two fingers (or Ctrl + wheel) move the map.
    cooperativeGestures: true,
    attributionControl: { compact: false, customAttribution: fig.dataset.attribution },
    // The zoom buttons' names in the page's language; no texts over the map for two-finger use
    // (the caption says how the map works).
    locale: {
      'NavigationControl.ZoomIn': fig.dataset.zoomIn,
      'NavigationControl.ZoomOut': fig.dataset.zoomOut,
      'CooperativeGesturesHandler.WindowsHelpText': '',
      'CooperativeGesturesHandler.MacHelpText': '',
      'CooperativeGesturesHandler.MobileHelpText': '',
    },
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', fig.dataset.label ?? '');
  map.on('styleimagemissing', (e) => addImage(map, e.id));

  // A tile archive that cannot be read (missing, blocked, offline) leaves an empty sea. MapLibre
  // reports it as an 'error' of the source with no `tile`: the archive's header, not one tile,
  // failed, so nothing of it will draw. A single tile's error carries `tile` and is let pass
  // (the rest of the map still draws). As a backstop for whatever else keeps the map from
  // drawing, a map not 'load'ed in MAP_PATIENCE_MS gets the same sentence; if it comes later
  // after all, the sentence goes.
  let archiveFailed = false;
  map.on('error', (e: { sourceId?: string; tile?: unknown }) => {
    if (!e.sourceId || e.tile) return;
    archiveFailed = true;
    showMapFailure(fig);
  });
  const patience = setTimeout(() => showMapFailure(fig), MAP_PATIENCE_MS);
  map.once('load', () => {
    clearTimeout(patience);
    if (!archiveFailed) clearMapFailure(fig);
  });

  let state: MapFilterState = {};
  let filterActive = false;
  const popup = new maplibregl.Popup({ closeButton: true, maxWidth: '20rem', focusAfterOpen: false });
  map.on('click', (e) => {
    const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(e.point, { layers: [...SERVICE_LAYERS] });
    const f = hits[0];
    if (!f) return;
    const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates;
    const show = (content: HTMLElement) => popup.setLngLat([lon, lat]).setDOMContent(content).addTo(map);
    // Services at one place: zooming in would never set them apart, so they are listed.
    if (f.properties.stack === 1) {
      void stackContent(fig, JSON.parse(String(f.properties.members)) as [string, string][], state).then((box) => {
        // The list opens below its marker, moved up to just under the zoom buttons, and scrolls
        // within what is left above the credits: on a phone at the largest text it would run
        // past the map's edge.
        const height = map.getContainer().clientHeight;
        const top = 120;
        box.style.maxHeight = `${Math.max(128, height - top - 96)}px`;
        show(box);
        map.easeTo({ center: [lon, lat], offset: [0, top - height / 2] });
      });
      return;
    }
    if (f.properties.cluster === 1) {
      map.easeTo({ center: [lon, lat], zoom: Math.min(map.getZoom() + 2, 16) });
      return;
    }
    void popupContent(fig, String(f.properties.id), String(f.properties.district ?? '')).then(show);
  });
  for (const layer of SERVICE_LAYERS) {
    map.on('mouseenter', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }

  // A full map's list follows the map: what is nearest the centre of the view.
  const list = mapListOf(document.querySelector(fig.dataset.list!));
  if (list) map.on('moveend', () => list.setCentre({ lat: map.getCenter().lat, lon: map.getCenter().lng }));

  const applyFilters = () => {
    for (const layer of SERVICE_LAYERS) map.setFilter(layer, withBase(BASE_FILTERS[layer], state));
    const count: ExpressionSpecification = filterActive ? ['literal', 'any'] : ['to-string', ['get', 'count']];
    map.setLayoutProperty('services-clusters', 'icon-image', ['concat', 'cluster:', count]);
  };
  map.on('style.load', applyFilters);
  const applyDistrict = () => map.setFilter('district-focus', ['==', ['get', 'id'], fig.dataset.district ?? '']);
  map.on('style.load', applyDistrict);
  document.addEventListener('pt-settings-change', () => map.setStyle(styleFor()));

  let here: maplibregl.Marker | undefined;
  return {
    map,
    setFilters(next) {
      state = next;
      filterActive = Object.values(next).some((v) => v && v.length);
      if (map.isStyleLoaded()) applyFilters();
    },
    flyTo(lon, lat, zoom = 14) {
      map.flyTo({ center: [lon, lat], zoom, essential: false });
    },
    showDistrict() {
      // Not isStyleLoaded(): that waits for tiles too, and a district chosen mid-flight would be lost.
      if (map.getLayer('district-focus')) applyDistrict();
    },
    showPosition(lon, lat) {
      const dot = document.createElement('div');
      dot.className = 'map-here';
      dot.setAttribute('aria-hidden', 'true');
      here?.remove();
      here = new maplibregl.Marker({ element: dot }).setLngLat([lon, lat]).addTo(map);
      map.flyTo({ center: [lon, lat], zoom: 14 });
    },
  };
}
