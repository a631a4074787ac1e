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
  /** Lower-case spellings as they appear in postings. */
  spellings: readonly string[];
  countries: readonly string[];
  /** IANA zone prefixes / zones that fall inside the region, for profiles that only know their time zone. */
  zones: readonly string[];
}

const AMERICA_ZONES = ['America/'];
const EUROPE_ZONES = ['Europe/', 'Atlantic/Canary', 'Atlantic/Madeira', 'Atlantic/Reykjavik'];

const region = (name: string, spellings: string[], countries: readonly string[], zones: readonly string[]): RegionDefinition => ({ name, spellings, countries, zones });

export const REGIONS: readonly RegionDefinition[] = [
  region('United States', ['u.s.a.', 'u.s.a', 'u.s.', 'u.s', 'usa', 'us', 'united states', 'united states of america', 'america', 'continental us', 'continental u.s.', 'continental united states', 'contiguous us', 'contiguous united states'], ['US'], ['America/', 'Pacific/Honolulu']),
  region('Canada', ['canada', 'canadian'], ['CA'], ['America/']),
  region('North America', ['north america', 'north american', 'n. america', 'n.america'], NORTH_AMERICA, AMERICA_ZONES),
  region('Americas', ['the americas', 'americas', 'western hemisphere', 'north and south america', 'north or south america'], [...NORTH_AMERICA, ...LATAM], AMERICA_ZONES),
  region('Latin America', ['latin america', 'latam', 'south america', 'central america'], LATAM, AMERICA_ZONES),
  region('United Kingdom', ['uk', 'u.k.', 'united kingdom', 'england', 'scotland', 'great britain', 'britain'], ['GB'], ['Europe/London']),
  region('Ireland', ['ireland'], ['IE'], ['Europe/Dublin']),
  region('European Union', ['eu', 'e.u.', 'european union'], EU, EUROPE_ZONES),
  region('Europe', ['europe', 'european', 'western europe', 'eastern europe', 'central europe', 'cee', 'nordics'], EUROPE, EUROPE_ZONES),
  region('EMEA', ['emea'], [...EUROPE, ...MIDDLE_EAST, ...AFRICA], [...EUROPE_ZONES, 'Africa/', 'Asia/Jerusalem', 'Asia/Dubai', 'Asia/Riyadh', 'Asia/Qatar', 'Europe/Istanbul']),
  region('APAC', ['apac', 'asia pacific', 'asia-pacific', 'asia'], APAC, ['Asia/', 'Australia/', 'Pacific/Auckland']),
  region('Australia', ['australia', 'australian', 'aus'], ['AU'], ['Australia/']),
  region('New Zealand', ['new zealand', 'nz'], ['NZ'], ['Pacific/Auckland']),
  region('India', ['india'], ['IN'], ['Asia/Kolkata', 'Asia/Calcutta']),
  region('Africa', ['africa'], AFRICA, ['Africa/']),
  region('Germany', ['germany'], ['DE'], ['Europe/Berlin']),
  region('France', ['france'], ['FR'], ['Europe/Paris']),
  region('Spain', ['spain'], ['ES'], ['Europe/Madrid']),
  region('Portugal', ['portugal'], ['PT'], ['Europe/Lisbon']),
  region('Netherlands', ['netherlands', 'the netherlands', 'holland'], ['NL'], ['Europe/Amsterdam']),
  region('Poland', ['poland'], ['PL'], ['Europe/Warsaw']),
  region('Switzerland', ['switzerland'], ['CH'], ['Europe/Zurich']),
  region('Sweden', ['sweden'], ['SE'], ['Europe/Stockholm']),
  region('Israel', ['israel'], ['IL'], ['Asia/Jerusalem']),
  region('Brazil', ['brazil'], ['BR'], ['America/Sao_Paulo']),
  region('Mexico', ['mexico'], ['MX'], ['America/Mexico_City']),
  region('Japan', ['japan'], ['JP'], ['Asia/Tokyo']),
  region('Singapore', ['singapore'], ['SG'], ['Asia/Singapore']),
  region('China', ['china'], ['CN'], ['Asia/Shanghai']),
  region('Hong Kong', ['hong kong'], ['HK'], ['Asia/Hong_Kong']),
  region('Taiwan', ['taiwan'], ['TW'], ['Asia/Taipei']),
  region('South Korea', ['south korea', 'korea'], ['KR'], ['Asia/Seoul']),
  region('Vietnam', ['vietnam'], ['VN'], ['Asia/Ho_Chi_Minh']),
  region('Philippines', ['philippines'], ['PH'], ['Asia/Manila']),
  region('Indonesia', ['indonesia'], ['ID'], ['Asia/Jakarta']),
  region('Pakistan', ['pakistan'], ['PK'], ['Asia/Karachi']),
  region('Italy', ['italy'], ['IT'], ['Europe/Rome']),
  region('Austria', ['austria'], ['AT'], ['Europe/Vienna']),
  region('Belgium', ['belgium'], ['BE'], ['Europe/Brussels']),
  region('Denmark', ['denmark'], ['DK'], ['Europe/Copenhagen']),
  region('Norway', ['norway'], ['NO'], ['Europe/Oslo']),
  region('Finland', ['finland'], ['FI'], ['Europe/Helsinki']),
  region('Czechia', ['czechia', 'czech republic'], ['CZ'], ['Europe/Prague']),
  region('Romania', ['romania'], ['RO'], ['Europe/Bucharest']),
  region('Ukraine', ['ukraine'], ['UA'], ['Europe/Kyiv']),
  region('Greece', ['greece'], ['GR'], ['Europe/Athens']),
  region('Estonia', ['estonia'], ['EE'], ['Europe/Tallinn']),
  region('Argentina', ['argentina'], ['AR'], ['America/Argentina/']),
  region('Colombia', ['colombia'], ['CO'], ['America/Bogota']),
  region('Chile', ['chile'], ['CL'], ['America/Santiago']),
  region('South Africa', ['south africa'], ['ZA'], ['Africa/Johannesburg']),
  region('Nigeria', ['nigeria'], ['NG'], ['Africa/Lagos']),
  region('Kenya', ['kenya'], ['KE'], ['Africa/Nairobi']),
  region('United Arab Emirates', ['uae', 'united arab emirates'], ['AE'], ['Asia/Dubai']),
  region('Turkey', ['turkey', 'turkiye'], ['TR'], ['Europe/Istanbul']),
  region('Russia', ['russia'], ['RU'], ['Europe/Moscow']),
  region('Serbia', ['serbia'], ['RS'], ['Europe/Belgrade']),
  region('Croatia', ['croatia'], ['HR'], ['Europe/Zagreb']),
  region('Bulgaria', ['bulgaria'], ['BG'], ['Europe/Sofia']),
  region('Hungary', ['hungary'], ['HU'], ['Europe/Budapest']),
  region('Slovakia', ['slovakia'], ['SK'], ['Europe/Bratislava']),
  region('Slovenia', ['slovenia'], ['SI'], ['Europe/Ljubljana']),
  region('Lithuania', ['lithuania'], ['LT'], ['Europe/Vilnius']),
  region('Latvia', ['latvia'], ['LV'], ['Europe/Riga']),
  region('Luxembourg', ['luxembourg'], ['LU'], ['Europe/Luxembourg']),
  region('Iceland', ['iceland'], ['IS'], ['Atlantic/Reykjavik']),
  region('Cyprus', ['cyprus'], ['CY'], ['Asia/Nicosia', 'Europe/Nicosia']),
  region('Malta', ['malta'], ['MT'], ['Europe/Malta']),
  region('Armenia', ['armenia'], ['AM'], ['Asia/Yerevan']),
  region('Egypt', ['egypt'], ['EG'], ['Africa/Cairo']),
  region('Morocco', ['morocco'], ['MA'], ['Africa/Casablanca']),
  region('Ghana', ['ghana'], ['GH'], ['Africa/Accra']),
  region('Saudi Arabia', ['saudi arabia'], ['SA'], ['Asia/Riyadh']),
  region('Thailand', ['thailand'], ['TH'], ['Asia/Bangkok']),
  region('Malaysia', ['malaysia'], ['MY'], ['Asia/Kuala_Lumpur']),
  region('Bangladesh', ['bangladesh'], ['BD'], ['Asia/Dhaka']),
  region('Sri Lanka', ['sri lanka'], ['LK'], ['Asia/Colombo']),
  region('Nepal', ['nepal'], ['NP'], ['Asia/Kathmandu']),
  region('Peru', ['peru'], ['PE'], ['America/Lima']),
  region('Uruguay', ['uruguay'], ['UY'], ['America/Montevideo']),
  region('Costa Rica', ['costa rica'], ['CR'], ['America/Costa_Rica']),
  region('Ecuador', ['ecuador'], ['EC'], ['America/Guayaquil']),
  region('US time zones', ['pst', 'pdt', 'pt', 'est', 'edt', 'et', 'cst', 'cdt', 'mst', 'mdt', 'pacific time', 'eastern time', 'central time', 'mountain time', 'pacific time zone', 'eastern time zone', 'central time zone', 'mountain time zone', 'west coast', 'east coast'], NORTH_AMERICA, AMERICA_ZONES),
  region('European time zones', ['cet', 'cest', 'eet', 'eest', 'wet', 'gmt', 'bst', 'central european time'], EUROPE, EUROPE_ZONES),
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Upper-case ISO country codes ("DE/CH/ES" in a header) to the region of that one country. */
const REGION_BY_CODE = new Map(
  REGIONS.filter((entry) => entry.countries.length === 1).map((entry) => [entry.countries[0]!, entry.name] as const).reverse(),
);

/** The region of a two-letter country code written in capitals ("DE" → "Germany"), or null. */
export function regionOfCountryCode(code: string): string | null {
  return REGION_BY_CODE.get(code) ?? null;
}

/** Every spelling of every region, for the anchor scanner. */
export const REGION_SPELLINGS: readonly string[] = [...new Set(REGIONS.flatMap((entry) => entry.spellings))];

/** Alternation of every region spelling, longest first so that "north america" wins over "america". */
export const REGION_SOURCE = [...REGION_SPELLINGS].sort((a, b) => b.length - a.length).map(escape).join('|');

const REGION_BY_SPELLING = new Map(REGIONS.flatMap((entry) => entry.spellings.map((spelling) => [spelling, entry.name] as const)).reverse());

/** The canonical region name of a matched spelling ("u.s." → "United States"), or null. */
export function regionName(spelling: string): string | null {
  return REGION_BY_SPELLING.get(spelling.toLowerCase().trim().replace(/\s+/g, ' ')) ?? null;
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
