/**
 * Countries (ISO 3166-1 alpha-2) and languages (ISO 639) named in any interview language from
 * the CLDR data the browser (or Node) ships, through Intl.DisplayNames: no name list to maintain.
 * Only the code lists are ours; codes CLDR cannot name in a language are left out.
 */
export interface CodeOption {
  code: string;
  name: string;
}

const COUNTRY_CODES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK'
).split(' ');

// ISO 639-1, plus ISO 639-3 languages common among people arriving in Italy that have no 2-letter code.
const LANGUAGE_CODES = (
  'aa ab af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu ' +
  'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl ' +
  'km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc ' +
  'oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl ' +
  'tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu ' +
  'ckb prs fil tig bej dyu snk fuf tzm kab shi zgh mnk sus kri pcm'
).split(' ');

const cache = new Map<string, CodeOption[]>();

function options(kind: 'region' | 'language', codes: readonly string[], lang: string): CodeOption[] {
  const key = `${kind}:${lang}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let names: Intl.DisplayNames;
  try {
    names = new Intl.DisplayNames([lang, 'en'], { type: kind, fallback: 'none' });
  } catch {
    names = new Intl.DisplayNames(['en'], { type: kind, fallback: 'none' });
  }
  const seen = new Set<string>();
  const list: CodeOption[] = [];
  for (const code of codes) {
    if (seen.has(code)) continue;
    seen.add(code);
    let name: string | undefined;
    try {
      name = names.of(code);
    } catch {
      name = undefined;
    }
    if (name && name !== code) list.push({ code, name });
  }
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  list.sort((a, b) => collator.compare(a.name, b.name));
  cache.set(key, list);
  return list;
}

/** Countries and territories, named and sorted in `lang`. */
export const countryOptions = (lang: string): CodeOption[] => options('region', COUNTRY_CODES, lang);

/** Languages, named and sorted in `lang`. */
export const languageOptions = (lang: string): CodeOption[] => options('language', LANGUAGE_CODES, lang);

const byCode = new WeakMap<readonly CodeOption[], ReadonlyMap<string, string>>();

/** Code → name of a list from countryOptions or languageOptions, built once per list. */
export function namesByCode(list: readonly CodeOption[]): ReadonlyMap<string, string> {
  let names = byCode.get(list);
  if (!names) byCode.set(list, (names = new Map(list.map((o) => [o.code, o.name]))));
  return names;
}

export const countryName = (code: string, lang: string): string => namesByCode(countryOptions(lang)).get(code) ?? code;

export const languageName = (code: string, lang: string): string => namesByCode(languageOptions(lang)).get(code) ?? code;
