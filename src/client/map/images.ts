// Every image on the map is drawn here on a canvas, on demand (MapLibre's
// `styleimagemissing`): theme markers, area markers, cluster counts and district labels.
// Labels as images mean no font files to download, the reader's own system font, and a
// size we choose (large, for weak eyes).
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ICON_PATHS, THEME_MARKERS, type IconName } from '../../lib/icons';
import { cssVars, readPalette, themeColour, type ReadVar } from './palette';

const RATIO = 2;
export const MARKER_PX = 44; // WCAG 2.5.5 target size

const THEME_ICON: Record<string, IconName> = {
  liikunta: 'walk',
  seura: 'chat',
  kotiapu: 'home',
  vapaaehtoistyo: 'hands',
  muisti: 'brain',
  omaishoito: 'heart',
  kulttuuri: 'book',
  digituki: 'device',
  ruoka: 'food',
  terveys: 'health',
  asuminen: 'house',
  liikkuminen: 'bus',
  neuvonta: 'info',
};

function canvas(w: number, h: number) {
  const c = document.createElement('canvas');
  c.width = Math.ceil(w * RATIO);
  c.height = Math.ceil(h * RATIO);
  const ctx = c.getContext('2d')!;
  ctx.scale(RATIO, RATIO);
  return { c, ctx };
}

function shapePath(ctx: CanvasRenderingContext2D, shape: string, cx: number, cy: number, r: number) {
  ctx.beginPath();
  if (shape === 'square') ctx.roundRect(cx - r * 0.88, cy - r * 0.88, r * 1.76, r * 1.76, 4);
  else if (shape === 'diamond') {
    ctx.moveTo(cx, cy - r * 1.1);
    ctx.lineTo(cx + r * 1.1, cy);
    ctx.lineTo(cx, cy + r * 1.1);
    ctx.lineTo(cx - r * 1.1, cy);
    ctx.closePath();
  } else if (shape === 'hexagon') {
    for (let i = 0; i < 6; i++) {
      const a = Math.PI / 6 + (i * Math.PI) / 3;
      ctx[i ? 'lineTo' : 'moveTo'](cx + r * Math.cos(a), cy + r * Math.sin(a));
    }
    ctx.closePath();
  } else ctx.arc(cx, cy, r, 0, Math.PI * 2);
}

function drawIcon(ctx: CanvasRenderingContext2D, theme: string, cx: number, cy: number, size: number, color: string) {
  const path = new Path2D(ICON_PATHS[THEME_ICON[theme] ?? 'info']);
  ctx.save();
  ctx.translate(cx - size / 2, cy - size / 2);
  ctx.scale(size / 24, size / 24);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2.2;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.stroke(path);
  ctx.restore();
}

/** A filled circle with an outline: the base of area markers and clusters. */
function disc(
  ctx: CanvasRenderingContext2D,
  mid: number,
  r: number,
  fill: string,
  stroke: string,
  width: number,
  dash: number[] = [],
) {
  ctx.beginPath();
  ctx.arc(mid, mid, r, 0, Math.PI * 2);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.setLineDash(dash);
  ctx.lineWidth = width;
  ctx.strokeStyle = stroke;
  ctx.stroke();
}

function marker(theme: string, read: ReadVar) {
  const style = THEME_MARKERS[theme] ?? THEME_MARKERS.neuvonta;
  const { c, ctx } = canvas(MARKER_PX, MARKER_PX);
  const mid = MARKER_PX / 2;
  const p = readPalette(read);
  shapePath(ctx, style.shape, mid, mid, mid - 4);
  ctx.fillStyle = p.markerFill ?? themeColour(read, theme);
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = p.markerEdge;
  ctx.stroke();
  drawIcon(ctx, theme, mid, mid, 22, p.markerIcon);
  return c;
}

// "Somewhere in this district": a dashed ring, so that it never reads as an exact spot.
function areaMarker(theme: string, read: ReadVar) {
  const size = 64;
  const style = THEME_MARKERS[theme] ?? THEME_MARKERS.neuvonta;
  const { c, ctx } = canvas(size, size);
  const mid = size / 2;
  const p = readPalette(read);
  const colour = p.areaMark ?? themeColour(read, theme);
  disc(ctx, mid, mid - 4, p.areaFill, colour, 3.5, [6, 5]);
  drawIcon(ctx, theme, mid, mid, 26, colour);
  return c;
}

function cluster(count: string, read: ReadVar) {
  const size = 52;
  const { c, ctx } = canvas(size, size);
  const mid = size / 2;
  const p = readPalette(read);
  disc(ctx, mid, mid - 3, p.clusterFill, p.clusterEdge, 4);
  ctx.fillStyle = p.clusterText;
  ctx.font = `700 ${count.length > 2 ? 16 : 20}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(count === 'any' ? '•••' : count, mid, mid + 1);
  return c;
}

function label(text: string, read: ReadVar) {
  const font = '600 17px system-ui, sans-serif';
  const probe = canvas(1, 1).ctx;
  probe.font = font;
  const w = Math.ceil(probe.measureText(text).width) + 12;
  const h = 26;
  const { c, ctx } = canvas(w, h);
  ctx.font = font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 5;
  const p = readPalette(read);
  ctx.strokeStyle = p.labelHalo;
  ctx.strokeText(text, w / 2, h / 2);
  ctx.fillStyle = p.labelText;
  ctx.fillText(text, w / 2, h / 2);
  return c;
}

/** Draws the image `id` ("marker:liikunta", "area:seura", "cluster:12", "label:Pansio") in the page's colours. */
export function addImage(map: MapLibreMap, id: string, read: ReadVar = cssVars()) {
  const [kind, ...rest] = id.split(':');
  const arg = rest.join(':');
  const draw =
    kind === 'marker'
      ? marker
      : kind === 'area'
        ? areaMarker
        : kind === 'cluster'
          ? cluster
          : kind === 'label'
            ? label
            : undefined;
  if (!draw || map.hasImage(id)) return;
  const c = draw(arg, read);
  const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
  map.addImage(id, { width: c.width, height: c.height, data: new Uint8Array(data.data.buffer) }, { pixelRatio: RATIO });
}
