// "City or time zone" during onboarding and in /settings: an IANA zone name in any case
// ("europe/berlin"), the city part of any zone Node knows ("Berlin", "new york"), or one of a
// set of common cities that are not zone names ("Munich", "San Francisco"). Returns the zone and
// what we matched, so the bot can say what it understood.
import { isValidTimeZone } from "@/lib/engine/time";

export type ResolvedPlace = { timezone: string; label: string };

/** Common cities that are not the city part of an IANA zone. */
const CITY_ALIASES: Record<string, string> = {
  "san francisco": "America/Los_Angeles",
  seattle: "America/Los_Angeles",
  portland: "America/Los_Angeles",
  "las vegas": "America/Los_Angeles",
  "san diego": "America/Los_Angeles",
  boston: "America/New_York",
  washington: "America/New_York",
  "washington dc": "America/New_York",
  miami: "America/New_York",
  atlanta: "America/New_York",
  philadelphia: "America/New_York",
  nyc: "America/New_York",
  austin: "America/Chicago",
  dallas: "America/Chicago",
  houston: "America/Chicago",
  "new orleans": "America/Chicago",
  montreal: "America/Toronto",
  ottawa: "America/Toronto",
  calgary: "America/Edmonton",
  munich: "Europe/Berlin",
  hamburg: "Europe/Berlin",
  cologne: "Europe/Berlin",
  frankfurt: "Europe/Berlin",
  leipzig: "Europe/Berlin",
  barcelona: "Europe/Madrid",
  valencia: "Europe/Madrid",
  milan: "Europe/Rome",
  florence: "Europe/Rome",
  naples: "Europe/Rome",
  manchester: "Europe/London",
  edinburgh: "Europe/London",
  glasgow: "Europe/London",
  liverpool: "Europe/London",
  birmingham: "Europe/London",
  cork: "Europe/Dublin",
  lyon: "Europe/Paris",
  marseille: "Europe/Paris",
  geneva: "Europe/Zurich",
  rotterdam: "Europe/Amsterdam",
  "the hague": "Europe/Amsterdam",
  antwerp: "Europe/Brussels",
  krakow: "Europe/Warsaw",
  porto: "Europe/Lisbon",
  gothenburg: "Europe/Stockholm",
  kyiv: "Europe/Kyiv",
  "st petersburg": "Europe/Moscow",
  "saint petersburg": "Europe/Moscow",
  mumbai: "Asia/Kolkata",
  delhi: "Asia/Kolkata",
  "new delhi": "Asia/Kolkata",
  bangalore: "Asia/Kolkata",
  bengaluru: "Asia/Kolkata",
  chennai: "Asia/Kolkata",
  hyderabad: "Asia/Kolkata",
  beijing: "Asia/Shanghai",
  shenzhen: "Asia/Shanghai",
  guangzhou: "Asia/Shanghai",
  osaka: "Asia/Tokyo",
  kyoto: "Asia/Tokyo",
  "ho chi minh city": "Asia/Ho_Chi_Minh",
  saigon: "Asia/Ho_Chi_Minh",
  hanoi: "Asia/Bangkok",
  "tel aviv": "Asia/Jerusalem",
  "abu dhabi": "Asia/Dubai",
  "cape town": "Africa/Johannesburg",
  canberra: "Australia/Sydney",
  wellington: "Pacific/Auckland",
  "rio de janeiro": "America/Sao_Paulo",
  rio: "America/Sao_Paulo",
};

const normalize = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .replace(/[.,!]+$/g, "");

const knownZones = (): string[] => {
  const supported = (Intl as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf;
  return supported ? supported("timeZone") : [];
};

let index: Map<string, string> | undefined;

/** zone name (lower case, spaces for underscores) and zone city → zone. Built once. */
function zoneIndex(): Map<string, string> {
  if (index) return index;
  const map = new Map<string, string>();
  for (const zone of knownZones()) {
    map.set(normalize(zone), zone);
    const city = zone.split("/").pop();
    if (city && !map.has(normalize(city))) map.set(normalize(city), zone);
  }
  for (const [city, zone] of Object.entries(CITY_ALIASES)) {
    if (!map.has(city) && isValidTimeZone(zone)) map.set(city, zone);
  }
  index = map;
  return map;
}

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

export function resolvePlace(input: string): ResolvedPlace | null {
  const raw = input.trim();
  if (!raw || raw.length > 64) return null;
  // An exact IANA name (or alias Intl accepts, like "UTC" or "Asia/Calcutta").
  if (raw.includes("/") || /^(utc|gmt)$/i.test(raw)) {
    const exact = zoneIndex().get(normalize(raw));
    if (exact) return { timezone: exact, label: exact };
    if (isValidTimeZone(raw)) return { timezone: raw, label: raw };
  }
  // "Berlin", "Berlin, Germany", "new york city".
  const candidates = [raw, raw.split(",")[0] ?? raw, raw.replace(/\s+city$/i, "")];
  for (const candidate of candidates) {
    const zone = zoneIndex().get(normalize(candidate));
    if (zone) return { timezone: zone, label: titleCase(normalize(candidate)) };
  }
  return null;
}

/** "14:05" in the zone, to show the player what we understood. */
export function localClock(now: Date, timezone: string): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone: timezone, hour: "2-digit", minute: "2-digit" }).format(
    now,
  );
}
