// The home page's "choose your area": go straight to the chosen district's page.
import { fillRoute } from '../../lib/routes';

for (const form of document.querySelectorAll<HTMLFormElement>('form.district-go')) {
  form.addEventListener('submit', (event) => {
    const id = form.querySelector('select')?.value;
    if (!id) return;
    event.preventDefault();
    location.assign(fillRoute(form.dataset.districtUrl!, id));
  });
}
