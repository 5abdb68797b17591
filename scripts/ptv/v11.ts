// The parts of the PTV Open API version 11 answers that the importer reads, as TypeScript types and
// as a runtime check. Field names, nesting and casing follow the C# view models the API serialises
// (vrk-kpa/ptv-releases, src/PTV.Domain.Model/Models/OpenApi/): each schema names its class.
//
// Policy (docs/ptv.md): a field the importer does not read is ignored, so that PTV can add fields
// without breaking the import; a field it needs that is missing or of the wrong type is an error
// that names the request and the service or channel. Lists PTV may send as null become [].
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuid = z.string().regex(UUID, 'expected a PTV id (a UUID)');
// Newtonsoft writes a DateTime as 2024-05-02T10:15:00(.123)(Z|+03:00); only the date is used.
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:[T ]|$)/, 'expected a date-time');
const text = z.string().nullish();
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v): z.output<T>[] => v ?? []);

/** VmOpenApiLanguageItem: `{ language, value }`. */
const languageItem = z.object({ language: z.string(), value: text });
/** VmOpenApiLocalizedListItem: a language item with a `type` (Name / AlternativeName, Summary / Description…). */
const localizedListItem = languageItem.extend({ type: text });
/** V4VmOpenApiFintoItem / V7VmOpenApiFintoItemWithDescription: a service class or target group. */
const fintoItem = z.object({ code: text, uri: text });

/** V8VmOpenApiDailyOpeningTime: one opening of one day, times as "08:00:00" (or "08:00"). */
const dailyOpeningTime = z.object({ dayFrom: text, dayTo: text, from: text, to: text });
/** V11VmOpenApiServiceHour (VmOpenApiServiceHourBase). */
const serviceHour = z.object({
  serviceHourType: text, // DaysOfTheWeek | Exceptional | OverMidnight
  validFrom: text,
  validTo: text,
  isClosed: z.boolean().nullish(),
  validForNow: z.boolean().nullish(),
  isAlwaysOpen: z.boolean().nullish(),
  isReservation: z.boolean().nullish(),
  additionalInformation: list(languageItem),
  openingHour: list(dailyOpeningTime),
});

/** V4VmOpenApiPhone / V4VmOpenApiPhoneWithType. */
const phone = z.object({
  number: z.string(),
  prefixNumber: text,
  isFinnishServiceNumber: z.boolean().nullish(),
  type: text, // Phone | Sms | Fax
  language: text,
  additionalInformation: text,
});
/** V9VmOpenApiWebPage / VmOpenApiWebPageWithOrderNumber. */
const webPage = z.object({ url: text, value: text, language: text });

const coordinate = z.union([z.string(), z.number()]).nullish();
/** VmOpenApiMunicipality. */
const municipality = z.object({ code: text, name: list(languageItem) });
/** VmOpenApiAddressStreetWithCoordinates. Latitude and longitude are ETRS-TM35FIN metres (EPSG:3067). */
const streetAddress = z.object({
  street: list(languageItem),
  streetNumber: text,
  postalCode: text,
  postOffice: list(languageItem),
  municipality: municipality.nullish(),
  latitude: coordinate,
  longitude: coordinate,
  coordinateState: text,
});
/** VmOpenApiAddressOther: a point with no street (sub type Other). */
const otherAddress = z.object({
  latitude: coordinate,
  longitude: coordinate,
  postalCode: text,
  postOffice: list(languageItem),
});
/** V9VmOpenApiAddressLocation: `type` Location | Postal, `subType` Single | Street | PostOfficeBox | Abroad | Other. */
const address = z.object({
  type: text,
  subType: text,
  streetAddress: streetAddress.nullish(),
  otherAddress: otherAddress.nullish(),
});

/** The contact details a service–channel connection may carry (V11VmOpenApiServiceServiceChannel.contactDetails). */
const contactDetails = z.object({
  phoneNumbers: list(phone),
  webPages: list(webPage),
  addresses: list(address),
});

/** V11VmOpenApiServiceServiceChannel: a service's connection to one channel. */
const serviceServiceChannel = z.object({
  serviceChannel: z.object({ id: uuid, name: text }),
  serviceHours: list(serviceHour),
  contactDetails: contactDetails.nullish(),
});

/** V6VmOpenApiServiceOrganization. */
const serviceOrganization = z.object({
  organization: z.object({ id: uuid, name: text }).nullish(),
  roleType: text, // Responsible | OtherResponsible | Producer
});

/** V11VmOpenApiService (VmOpenApiServiceVersionBase, VmOpenApiServiceBase). */
export const v11Service = z.object({
  id: uuid,
  serviceNames: z.array(localizedListItem),
  serviceDescriptions: list(localizedListItem),
  serviceChargeType: text, // Chargeable | FreeOfCharge
  languages: list(z.string()),
  serviceClasses: list(fintoItem),
  targetGroups: list(fintoItem),
  serviceChannels: list(serviceServiceChannel),
  organizations: list(serviceOrganization),
  publishingStatus: z.string(), // Published | Draft | Modified | Deleted | OldPublished | Removed
  modified: dateTime,
});
export type V11Service = z.output<typeof v11Service>;
export type V11ServiceChannelLink = V11Service['serviceChannels'][number];

/** V11VmOpenApiServicesWithPaging (VmOpenApiModelWithPagingBase): one page of 100 services. */
export const v11ServicePage = z.object({
  pageNumber: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  itemList: list(z.unknown()),
});

/**
 * A service channel as GET /api/v11/ServiceChannel/{id} returns it: one of V11VmOpenApiPhoneChannel,
 * V11VmOpenApiServiceLocationChannel, V11VmOpenApiWebPageChannel, V11VmOpenApiElectronicChannel or
 * V11VmOpenApiPrintableFormChannel, told apart by `serviceChannelType` (VmOpenApiServiceChannel).
 * Only the fields the importer reads; the service location channel's `emails` and the others'
 * `supportPhones` are not read.
 */
export const v11Channel = z.object({
  id: uuid,
  serviceChannelType: z.string(), // EChannel | WebPage | PrintableForm | Phone | ServiceLocation
  serviceChannelNames: list(localizedListItem),
  phoneNumbers: list(phone),
  webPages: list(webPage),
  addresses: list(address),
  serviceHours: list(serviceHour),
  publishingStatus: z.string(),
  modified: dateTime,
});
export type V11Channel = z.output<typeof v11Channel>;
export type V11ServiceHour = z.output<typeof serviceHour>;
export type V11Phone = z.output<typeof phone>;
export type V11Address = z.output<typeof address>;
export type V11WebPage = z.output<typeof webPage>;
export type V11LanguageItem = z.output<typeof languageItem>;

/** An answer that does not have the v11 shape: says where and what. */
export class ShapeError extends Error {}

function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((i) => {
    const path = i.path.reduce<string>(
      (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
      '',
    );
    return `${path || '(the whole answer)'}: ${i.message}`;
  });
  const more = error.issues.length > max ? ` (and ${error.issues.length - max} more)` : '';
  return lines.join('; ') + more;
}

const idOf = (raw: unknown): string =>
  raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string'
    ? (raw as { id: string }).id
    : 'without an id';

/** Checks one page of services: the page itself, then each service, naming the first broken one. */
export function parseServicePage(raw: unknown, where: string): { pageCount: number; items: V11Service[] } {
  const page = v11ServicePage.safeParse(raw);
  if (!page.success) throw new ShapeError(`${where}: not a v11 page of services: ${describeIssues(page.error)}`);
  const items = page.data.itemList.map((item, i) => {
    const one = v11Service.safeParse(item);
    if (!one.success)
      throw new ShapeError(
        `${where}: service ${idOf(item)} (itemList[${i}]) does not have the v11 shape: ${describeIssues(one.error)}`,
      );
    return one.data;
  });
  return { pageCount: page.data.pageCount, items };
}

/** Checks one service channel. */
export function parseChannel(raw: unknown, where: string): V11Channel {
  const one = v11Channel.safeParse(raw);
  if (!one.success)
    throw new ShapeError(
      `${where}: service channel ${idOf(raw)} does not have the v11 shape: ${describeIssues(one.error)}`,
    );
  return one.data;
}
