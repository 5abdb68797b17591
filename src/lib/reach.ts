// How a reader can take the next step with a listing: call, write, open a web page, or walk in.
// One module for the page, the validator, the content report and the submission form, so that
// "a way to act" means the same everywhere.
import type { Localized, Provider, Service } from '../schema';

export type Way = 'phone' | 'email' | 'web' | 'walk-in';

export type ContactSet = {
  phone?: string;
  phoneHours?: Localized;
  /** The date of the page the number was read from (contact.phoneSource). */
  phoneDate?: string;
  email?: string;
  web?: string;
};

export type Reach = {
  /** The service's own contact fields. */
  own: ContactSet;
  /**
   * The organiser's general contact, shown (labelled as such) when the service has no phone
   * or no contact at all of its own. Only fields that add something are kept.
   */
  organiser?: ContactSet;
  /** The number the call buttons use, and whose it is. */
  call?: { phone: string; hours?: Localized; organiser: boolean };
  /** Where to write or look when there is no number: the service's own e-mail or web page, else its organiser's. */
  written?: ContactSet & { organiser: boolean };
  ways: Way[];
};

const pickContact = (c: (ContactSet & { phoneSource?: { date: string } }) | undefined): ContactSet => {
  const out: ContactSet = {};
  if (c?.phone) out.phone = c.phone;
  if (c?.phoneHours) out.phoneHours = c.phoneHours;
  if (c?.phone && c.phoneSource) out.phoneDate = c.phoneSource.date;
  if (c?.email) out.email = c.email;
  if (c?.web) out.web = c.web;
  return out;
};
const isEmpty = (c: ContactSet) => !c.phone && !c.email && !c.web;

/**
 * A drop-in service with a street address and a weekly time can be acted on without any
 * contact: the reader just goes there. A district alone is not a door to knock on.
 */
export function canWalkIn(service: Pick<Service, 'join' | 'locations' | 'schedule'>): boolean {
  return (
    service.join?.type === 'drop-in' &&
    service.locations.some((l) => !!l.street) &&
    (service.schedule?.weekly.length ?? 0) > 0
  );
}

export function reachOf(
  service: Pick<Service, 'contact' | 'join' | 'locations' | 'schedule'>,
  provider: Pick<Provider, 'contact'> | undefined,
): Reach {
  const own = pickContact(service.contact);
  const general = pickContact(provider?.contact);
  let organiser: ContactSet | undefined;
  if (!own.phone || isEmpty(own)) {
    organiser = {};
    // The organiser's number is worth showing when the service has none; its e-mail and web
    // page only when the service has no contact at all, so the page does not say things twice.
    if (!own.phone && general.phone)
      Object.assign(organiser, { phone: general.phone, phoneHours: general.phoneHours, phoneDate: general.phoneDate });
    if (isEmpty(own)) {
      if (general.email) organiser.email = general.email;
      if (general.web) organiser.web = general.web;
    }
    if (!organiser.phone) {
      delete organiser.phoneHours;
      delete organiser.phoneDate;
    }
    if (isEmpty(organiser)) organiser = undefined;
  }
  const call = own.phone
    ? { phone: own.phone, hours: own.phoneHours, organiser: false }
    : organiser?.phone
      ? { phone: organiser.phone, hours: organiser.phoneHours, organiser: true }
      : undefined;
  const ownWritten = !!(own.email || own.web);
  const writtenFrom = ownWritten ? own : organiser?.email || organiser?.web ? organiser : undefined;
  const written = writtenFrom && { email: writtenFrom.email, web: writtenFrom.web, organiser: !ownWritten };
  const ways: Way[] = [];
  if (own.phone || organiser?.phone) ways.push('phone');
  if (own.email || general.email) ways.push('email');
  if (own.web || general.web) ways.push('web');
  if (canWalkIn(service)) ways.push('walk-in');
  return { own, organiser, call, written, ways };
}
