// Crisis help lines by country. A player in crisis gets the line for where they are, picked
// from their stored country or IANA timezone, or the international directory when unknown.
// Only lines we could confirm are listed; elsewhere the reply names the directory and the
// emergency number. Names are proper nouns without articles, so every language's care text can
// use them as they are.

export type HelpResource = {
  /** ISO 3166-1 alpha-2, or "INTL" for the fallback. */
  country: string;
  /** Crisis / suicide line. */
  crisis: { name: string; contact: string };
  /** Domestic-abuse line, where one is well established. */
  abuse?: { name: string; contact: string };
  /** Emergency number for immediate danger. */
  emergency?: string;
  /** Directory of further lines. */
  url: string;
};

const FIND_A_HELPLINE = "findahelpline.com";

export const HELP_RESOURCES: Record<string, HelpResource> = {
  US: {
    country: "US",
    crisis: { name: "988 Suicide & Crisis Lifeline", contact: "988" },
    abuse: { name: "National Domestic Violence Hotline", contact: "1-800-799-7233" },
    emergency: "911",
    url: FIND_A_HELPLINE,
  },
  CA: {
    country: "CA",
    crisis: { name: "9-8-8 Suicide Crisis Helpline", contact: "988" },
    emergency: "911",
    url: FIND_A_HELPLINE,
  },
  GB: {
    country: "GB",
    crisis: { name: "Samaritans", contact: "116 123" },
    abuse: { name: "National Domestic Abuse Helpline", contact: "0808 2000 247" },
    emergency: "999",
    url: FIND_A_HELPLINE,
  },
  IE: {
    country: "IE",
    crisis: { name: "Samaritans", contact: "116 123" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  DE: {
    country: "DE",
    crisis: { name: "TelefonSeelsorge", contact: "0800 111 0 111" },
    abuse: { name: "Hilfetelefon Gewalt gegen Frauen", contact: "116 016" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  AT: {
    country: "AT",
    crisis: { name: "TelefonSeelsorge", contact: "142" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  CH: {
    country: "CH",
    crisis: { name: "Die Dargebotene Hand", contact: "143" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  ES: {
    country: "ES",
    crisis: { name: "Línea 024", contact: "024" },
    abuse: { name: "016", contact: "016" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  MX: {
    country: "MX",
    crisis: { name: "Línea de la Vida", contact: "800 911 2000" },
    emergency: "911",
    url: FIND_A_HELPLINE,
  },
  FR: {
    country: "FR",
    crisis: { name: "3114", contact: "3114" },
    abuse: { name: "3919", contact: "3919" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  IT: {
    country: "IT",
    crisis: { name: "Telefono Amico", contact: "02 2327 2327" },
    abuse: { name: "1522", contact: "1522" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  PL: {
    country: "PL",
    crisis: { name: "Kryzysowy Telefon Zaufania", contact: "116 123" },
    abuse: { name: "Niebieska Linia", contact: "800 120 002" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  PT: {
    country: "PT",
    crisis: { name: "Linha 1411", contact: "1411" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  BR: { country: "BR", crisis: { name: "CVV", contact: "188" }, emergency: "192", url: FIND_A_HELPLINE },
  // No national crisis line we could confirm: the directory, and the emergency number.
  RU: {
    country: "RU",
    crisis: { name: FIND_A_HELPLINE, contact: FIND_A_HELPLINE },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  TR: {
    country: "TR",
    crisis: { name: FIND_A_HELPLINE, contact: FIND_A_HELPLINE },
    abuse: { name: "ALO 183", contact: "183" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  NL: {
    country: "NL",
    crisis: { name: "113 Zelfmoordpreventie", contact: "0800 0113" },
    emergency: "112",
    url: FIND_A_HELPLINE,
  },
  AU: {
    country: "AU",
    crisis: { name: "Lifeline", contact: "13 11 14" },
    emergency: "000",
    url: FIND_A_HELPLINE,
  },
  INTL: {
    country: "INTL",
    crisis: { name: FIND_A_HELPLINE, contact: FIND_A_HELPLINE },
    url: FIND_A_HELPLINE,
  },
};

const COUNTRY_ALIASES: Record<string, string> = { UK: "GB" };

/** IANA timezone → country, for players who gave a city rather than a country. */
const TIMEZONE_COUNTRY: Record<string, string> = {
  "Europe/London": "GB",
  "Europe/Belfast": "GB",
  "Europe/Dublin": "IE",
  "Europe/Berlin": "DE",
  "Europe/Busingen": "DE",
  "Europe/Vienna": "AT",
  "Europe/Zurich": "CH",
  "Europe/Madrid": "ES",
  "Atlantic/Canary": "ES",
  "Africa/Ceuta": "ES",
  "Europe/Paris": "FR",
  "Europe/Warsaw": "PL",
  "Europe/Rome": "IT",
  "Europe/Lisbon": "PT",
  "Atlantic/Madeira": "PT",
  "Atlantic/Azores": "PT",
  "Europe/Istanbul": "TR",
  "Asia/Istanbul": "TR",
  "Europe/Amsterdam": "NL",
  "America/Mexico_City": "MX",
  "America/Monterrey": "MX",
  "America/Cancun": "MX",
  "America/Tijuana": "MX",
  "America/Merida": "MX",
  "America/Chihuahua": "MX",
  "Europe/Moscow": "RU",
  "Europe/Kaliningrad": "RU",
  "Europe/Samara": "RU",
  "Europe/Volgograd": "RU",
  "Asia/Yekaterinburg": "RU",
  "Asia/Novosibirsk": "RU",
  "Asia/Krasnoyarsk": "RU",
  "Asia/Irkutsk": "RU",
  "Asia/Vladivostok": "RU",
  "America/Sao_Paulo": "BR",
  "America/Fortaleza": "BR",
  "America/Recife": "BR",
  "America/Bahia": "BR",
  "America/Manaus": "BR",
  "America/Belem": "BR",
  "America/Toronto": "CA",
  "America/Vancouver": "CA",
  "America/Edmonton": "CA",
  "America/Winnipeg": "CA",
  "America/Halifax": "CA",
  "America/St_Johns": "CA",
  "America/Regina": "CA",
  "Australia/Sydney": "AU",
  "Australia/Melbourne": "AU",
  "Australia/Brisbane": "AU",
  "Australia/Perth": "AU",
  "Australia/Adelaide": "AU",
  "Australia/Hobart": "AU",
  "Australia/Darwin": "AU",
};

/** US zones are many; any America/* zone not listed above and in this set maps to US. */
const US_TIMEZONES = new Set([
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "America/Detroit",
  "America/Boise",
  "America/Indiana/Indianapolis",
  "America/Kentucky/Louisville",
  "Pacific/Honolulu",
  "US/Eastern",
  "US/Central",
  "US/Mountain",
  "US/Pacific",
]);

/** Picks the help resource for a country code (preferred) or IANA timezone; INTL otherwise. */
export function selectHelpResource(opts: {
  country?: string | null;
  timezone?: string | null;
}): HelpResource {
  const code = opts.country?.trim().toUpperCase();
  if (code) {
    const resolved = COUNTRY_ALIASES[code] ?? code;
    const byCountry = HELP_RESOURCES[resolved];
    if (byCountry) return byCountry;
  }
  const tz = opts.timezone?.trim();
  if (tz) {
    const country = TIMEZONE_COUNTRY[tz] ?? (US_TIMEZONES.has(tz) ? "US" : undefined);
    const byZone = country ? HELP_RESOURCES[country] : undefined;
    if (byZone) return byZone;
  }
  return HELP_RESOURCES.INTL!;
}

/** Every phone number and site in the table: the guard lets these through in crisis replies. */
export const HELP_RESOURCE_STRINGS: readonly string[] = [
  ...new Set(
    Object.values(HELP_RESOURCES).flatMap((r) => [
      r.crisis.contact,
      r.crisis.name,
      r.url,
      ...(r.abuse ? [r.abuse.contact, r.abuse.name] : []),
      ...(r.emergency ? [r.emergency] : []),
    ]),
  ),
].sort((a, b) => b.length - a.length);
