// The district chosen on a map (MapFigure.astro): named over the map where the eye is, in the
// figure's caption for screen readers (the name over the map is hidden from them), and drawn
// as chosen on the map, as a district page draws its own.
import { fill } from '../i18n/fill';
import type { MapHandle } from './map';

export function showPlace(fig: HTMLElement, place?: { id: string; name: string }) {
  const label = fig.querySelector<HTMLElement>('.map-place')!;
  const caption = fig.querySelector<HTMLElement>('.map-place-caption')!;
  if (place) fig.dataset.district = place.id;
  else delete fig.dataset.district;
  label.textContent = place?.name ?? '';
  label.hidden = !place;
  caption.textContent = place ? fill(caption.dataset.template!, { d: place.name }) : '';
  caption.hidden = !place;
  // A map not started yet reads the district from the figure when it starts.
  (fig as HTMLElement & { ptMap?: MapHandle }).ptMap?.showDistrict();
}
