// The map page: filters act on the list and the map together and live in the URL; choosing
// a district or sharing your location orders the list nearest first and moves the map.
import { readForm, toParams, writeForm } from '../search/form-state';
import type { MapFilterState } from './filters';
import { mapListOf } from './list';
import type { MapHandle } from './map';
import { askPosition, optionPoint } from '../near/near';
import { fill } from '../i18n/fill';
import { showPlace } from './place';

const form = document.querySelector<HTMLFormElement>('#map-filters')!;
const list = mapListOf(document.querySelector('#map-list'))!;
const status = document.querySelector<HTMLElement>('#map-status')!;
const near = form.querySelector<HTMLElement>('.near-me')!;
const select = form.querySelector<HTMLSelectElement>('#near-district')!;
const locate = form.querySelector<HTMLButtonElement>('#near-locate')!;
const fig = document.querySelector<HTMLElement>('#map')!;
let handle: MapHandle | undefined;
let origin: { lat: number; lon: number } | undefined;

function state(): MapFilterState {
  const { values } = readForm(form);
  return { theme: values.theme, provider: values.provider, cost: values.cost, access: values.access };
}

function update() {
  const s = state();
  list.setFilters(s);
  handle?.setFilters(s);
  const params = toParams(readForm(form));
  history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
}

function chooseDistrict() {
  const option = select.selectedOptions[0];
  const point = optionPoint(option);
  if (!option?.value || !point) {
    showPlace(fig);
    return;
  }
  origin = point;
  list.setOrigin(point, option.value);
  handle?.flyTo(point.lon, point.lat, 14);
  const name = option.textContent!.trim();
  status.textContent = fill(near.dataset.chosen!, { d: name });
  showPlace(fig, { id: option.value, name });
}

document.addEventListener('pt-map-ready', (e) => {
  handle = (e as CustomEvent<MapHandle>).detail;
  handle.setFilters(state());
  if (origin) handle.flyTo(origin.lon, origin.lat, 14);
});

writeForm(form, new URLSearchParams(location.search));
// Filters that came with the link are shown, not hidden in a closed box.
if (Object.values(state()).some((v) => v?.length)) form.querySelector('details')!.open = true;
form.addEventListener('change', (e) => {
  if (e.target === select) chooseDistrict();
  update();
});
form.addEventListener('reset', () => setTimeout(update));
form.addEventListener('submit', (e) => e.preventDefault());
if ('geolocation' in navigator) {
  locate.addEventListener('click', () => {
    status.textContent = near.dataset.locating!;
    askPosition(
      (point) => {
        origin = point;
        list.setOrigin(point);
        handle?.showPosition(point.lon, point.lat);
        status.textContent = near.dataset.shown!;
      },
      () => (status.textContent = near.dataset.failed!),
    );
  });
}
update();
if (select.value) chooseDistrict();
