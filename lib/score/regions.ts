// Places and time zones that limit where a remote worker may live, and whether a profile's country / time zone
// falls inside them. Coarse on purpose: a posting says "EU", "North America", "US time zones", not a polygon.

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const EUROPE = [...EU, 'GB', 'CH', 'NO', 'IS', 'UA', 'RS', 'BA', 'AL', 'MK', 'ME', 'MD', 'BY', 'LI', 'MC', 'AD'];
const NORTH_AMERICA = ['US', 'CA', 'MX'];
const LATAM = ['MX', 'BR', 'AR', 'CO', 'CL', 'PE', 'UY', 'PY', 'BO', 'EC', 'VE', 'CR', 'PA', 'GT', 'DO', 'SV', 'HN', 'NI', 'CU', 'PR'];
const MIDDLE_EAST = ['IL', 'AE', 'SA', 'QA', 'TR', 'JO', 'LB', 'EG', 'BH', 'KW', 'OM'];
const AFRICA = ['ZA', 'NG', 'KE', 'EG', 'GH', 'MA', 'TN', 'ET', 'UG', 'RW', 'SN', 'TZ'];
const APAC = ['AU', 'NZ', 'JP', 'SG', 'IN', 'CN', 'HK', 'TW', 'KR', 'ID', 'MY', 'PH', 'TH', 'VN', 'PK', 'BD', 'LK'];

interface RegionDefinition {
  /** The name shown to the user. */
  name: string;
  /** Lower-case spellings as they appear in postings (regex source). */
  pattern: string;
  countries: readonly string[];
  /** IANA zone prefixes / zones that fall inside the region, for profiles that only know their time zone. */
  zones: readonly string[];
}

const AMERICA_ZONES = ['America/'];
const EUROPE_ZONES = ['Europe/', 'Atlantic/Canary', 'Atlantic/Madeira', 'Atlantic/Reykjavik'];

export const REGIONS: readonly RegionDefinition[] = [
  { name: 'United States', pattern: String.raw`u\.s\.a?\.?|usa|us|united states(?: of america)?|america(?!s|n)`, countries: ['US'], zones: ['America/', 'Pacific/Honolulu'] },
  { name: 'Canada', pattern: 'canada|canadian', countries: ['CA'], zones: ['America/'] },
  { name: 'North America', pattern: 'north america|north american|n\\. ?america', countries: NORTH_AMERICA, zones: AMERICA_ZONES },
  { name: 'Americas', pattern: 'the americas|americas', countries: [...NORTH_AMERICA, ...LATAM], zones: AMERICA_ZONES },
  { name: 'Latin America', pattern: 'latin america|latam|south america|central america', countries: LATAM, zones: AMERICA_ZONES },
  { name: 'United Kingdom', pattern: String.raw`uk|u\.k\.|united kingdom|england|scotland|great britain|britain`, countries: ['GB'], zones: ['Europe/London'] },
  { name: 'Ireland', pattern: 'ireland', countries: ['IE'], zones: ['Europe/Dublin'] },
  { name: 'European Union', pattern: String.raw`eu|e\.u\.|european union`, countries: EU, zones: EUROPE_ZONES },
  { name: 'Europe', pattern: 'europe|european|western europe|eastern europe|central europe|cee|nordics', countries: EUROPE, zones: EUROPE_ZONES },
  { name: 'EMEA', pattern: 'emea', countries: [...EUROPE, ...MIDDLE_EAST, ...AFRICA], zones: [...EUROPE_ZONES, 'Africa/', 'Asia/Jerusalem', 'Asia/Dubai', 'Asia/Riyadh', 'Asia/Qatar', 'Europe/Istanbul'] },
  { name: 'APAC', pattern: 'apac|asia[- ]pacific|asia', countries: APAC, zones: ['Asia/', 'Australia/', 'Pacific/Auckland'] },
  { name: 'Australia', pattern: 'australia|aus', countries: ['AU'], zones: ['Australia/'] },
  { name: 'New Zealand', pattern: 'new zealand|nz', countries: ['NZ'], zones: ['Pacific/Auckland'] },
  { name: 'India', pattern: 'india', countries: ['IN'], zones: ['Asia/Kolkata', 'Asia/Calcutta'] },
  { name: 'Africa', pattern: 'africa', countries: AFRICA, zones: ['Africa/'] },
  { name: 'Germany', pattern: 'germany', countries: ['DE'], zones: ['Europe/Berlin'] },
  { name: 'France', pattern: 'france', countries: ['FR'], zones: ['Europe/Paris'] },
  { name: 'Spain', pattern: 'spain', countries: ['ES'], zones: ['Europe/Madrid'] },
  { name: 'Portugal', pattern: 'portugal', countries: ['PT'], zones: ['Europe/Lisbon'] },
  { name: 'Netherlands', pattern: 'netherlands|the netherlands|holland', countries: ['NL'], zones: ['Europe/Amsterdam'] },
  { name: 'Poland', pattern: 'poland', countries: ['PL'], zones: ['Europe/Warsaw'] },
  { name: 'Switzerland', pattern: 'switzerland', countries: ['CH'], zones: ['Europe/Zurich'] },
  { name: 'Sweden', pattern: 'sweden', countries: ['SE'], zones: ['Europe/Stockholm'] },
  { name: 'Israel', pattern: 'israel', countries: ['IL'], zones: ['Asia/Jerusalem'] },
  { name: 'Brazil', pattern: 'brazil', countries: ['BR'], zones: ['America/Sao_Paulo'] },
  { name: 'Mexico', pattern: 'mexico', countries: ['MX'], zones: ['America/Mexico_City'] },
  { name: 'Japan', pattern: 'japan', countries: ['JP'], zones: ['Asia/Tokyo'] },
  { name: 'Singapore', pattern: 'singapore', countries: ['SG'], zones: ['Asia/Singapore'] },
  { name: 'US time zones', pattern: String.raw`(?:us|u\.s\.|american|north american) time ?zones?|pst|pdt|pt|est|edt|et|cst|cdt|mst|mdt|pacific(?: time)?|eastern(?: time)?|central time|mountain time`, countries: NORTH_AMERICA, zones: AMERICA_ZONES },
  { name: 'European time zones', pattern: String.raw`(?:eu|european|europe) time ?zones?|cet|cest|eet|eest|wet|gmt|bst|central european time`, countries: EUROPE, zones: EUROPE_ZONES },
];

/** Alternation of every region spelling; time-zone phrases first so that "US time zones" is read whole. */
export const REGION_SOURCE = [...REGIONS.filter((region) => region.name.endsWith('time zones')), ...REGIONS.filter((region) => !region.name.endsWith('time zones'))]
  .map((region) => `(?:${region.pattern})`)
  .join('|');

const REGION_BY_SPELLING = REGIONS.map((region) => ({ region, pattern: new RegExp(`^(?:${region.pattern})$`) }));

/** The canonical region name of a matched spelling ("u.s." → "United States"), or null. */
export function regionName(spelling: string): string | null {
  const lower = spelling.toLowerCase().trim();
  for (const { region, pattern } of REGION_BY_SPELLING) if (pattern.test(lower)) return region.name;
  return null;
}

/**
 * Whether someone in `country` / `timeZone` may work under a restriction to `regions`:
 * true / false when it can tell, null when the profile does not say where the user is or the region is unknown.
 */
export function userInRegions(regions: readonly string[], country: string, timeZone: string): boolean | null {
  const known = regions.map((name) => REGIONS.find((region) => region.name === name)).filter((r) => r !== undefined);
  if (known.length === 0) return null;
  if (country) return known.some((region) => region.countries.includes(country.toUpperCase()));
  if (timeZone) return known.some((region) => region.zones.some((zone) => timeZone === zone || (zone.endsWith('/') && timeZone.startsWith(zone))));
  return null;
}
