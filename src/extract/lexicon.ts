// Word lists of the language of diplomatic reporting: titles, organisation heads, function words.
// General English, never the names of particular people.

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Words that make up titles and roles ("Foreign Minister", "head of the political office"). */
export const TITLE_WORDS = words(`
  president vice prime minister ministers foreign defense defence interior finance economy economic trade deputy
  secretary secretary-general general state chancellor premier pm fm king queen prince princess crown emir amir
  sultan sheikh sheikha sayyid ayatollah supreme leader chairman chairwoman chair chairperson speaker ambassador
  envoy special spokesman spokeswoman spokesperson aide adviser advisor commander chief head director governor
  mayor senator congressman congresswoman lieutenant colonel captain major brigadier commodore sergeant admiral marshal field mr mrs ms dr prof excellency
  majesty highness national security counterpart pope cardinal archbishop patriarch imam representative
  coordinator commissioner high executive acting former new incoming outgoing top senior diplomat negotiator
  official member councilor councillor counsellor alderman chargé d'affaires junta military ruler affairs first lady vice-president vice-premier premier-designate president-elect
  chief-of-staff minister-president grand duke duchess crown-prince regent chancellor-designate strongman
  spokesperson emeritus lord lady sir dame monarch caliph mufti rep sen gov ambassador-at-large undersecretary
  under-secretary assistant permanent principal cabinet energy health education justice culture agriculture
  industry transport labour labor environment climate development cooperation tourism information
  communications intelligence army navy air force chiefs staff joint delegation team opposition
  duma knesset majlis bundestag senate congress parliament rada sejm storting riksdag diet assembly politburo
`);

/** Head nouns a description can refer back with: "the visiting minister", "the Russian leader". */
export const ROLE_HEADS = words(`
  president minister premier chancellor leader king queen prince emir sultan sheikh envoy ambassador
  secretary-general secretary chairman chief counterpart diplomat official officials ministers presidents leaders
  monarch ruler pope speaker governor commander guest host negotiator
`);

/** Honorifics dropped from the canonical name but kept as an alias ("Sheikh Mohammed ..."). */
export const HONORIFICS = words(
  "mr mrs ms dr prof hon honourable honorable lt gen col maj brig capt adm sheikh sheikha sayyid seyyed sayyed ayatollah sultan emir amir king queen prince princess sir dame lord lady his her excellency majesty highness crown general lieutenant colonel captain brigadier admiral marshal field president minister premier",
);

/**
 * Honorifics of more than one word, or of one word only when a name of two words follows ("Tun Abdul Razak"
 * but "Kyaw Tun"): Malay, Bruneian, Gulf and royal styles, dropped from the name like the ones above.
 */
const HONORIFIC_SEQUENCES = [
  "samdech akka moha sena padei techo",
  "samdech techo",
  "samdech chaufea veang",
  "samdech",
  "tan sri",
  "puan sri",
  "toh puan",
  "datuk seri",
  "dato seri",
  "dato sri",
  "datuk",
  "dato",
  "datin",
  "tun",
  "haji",
  "hajjah",
  "puan besar",
  "che puan",
  "puan",
  "pehin",
  "alhaji",
  "engineer",
  "royal highness",
  "royal highnesses",
  "highnesses",
  "excellencies",
  "their royal highnesses",
  "their excellencies",
  "their highnesses",
].map((h) => h.split(" "));

/** How many of the leading words are honorifics ("Tan Sri Muhyiddin Yassin" has two). */
const HONORIFIC_STARTS = new Set(HONORIFIC_SEQUENCES.map((h) => h[0]!));

export function honorificLength(words: readonly string[]): number {
  // most names start with no honorific at all: answer those without building anything
  const head = words[0]?.toLowerCase() ?? "";
  if (!HONORIFIC_STARTS.has(head) && !HONORIFICS.has(head)) return 0;
  let at = 0;
  for (;;) {
    const rest = words.slice(at).map((w) => w.toLowerCase());
    const sequence = HONORIFIC_SEQUENCES.filter(
      // one word needs two name words after it ("Tun Abdul Razak", but "Kyaw Tun"); longer ones need one
      (h) => h.every((w, i) => rest[i] === w) && rest.length >= h.length + (h.length === 1 ? 2 : 1),
    ).sort((a, b) => b.length - a.length)[0];
    // "Sheikh Sultan bin Muhammad": before "bin" a title word is the given name.
    const single = rest.length > 1 && HONORIFICS.has(rest[0]!) && !NAME_PARTICLES.has(rest[1]!);
    const length = sequence?.length ?? (single ? 1 : 0);
    if (length === 0) return at;
    at += length;
    while (words[at] === ".") at++; // "Dr. X", "Lt. Gen. X"
  }
}

/** Lower-case particles that may stand inside a name: "Mohammed bin Salman", "Ursula von der Leyen". */
export const NAME_PARTICLES = words(
  "bin bint ibn al el ul da de del della der di do dos du la las los van von ben abu",
);

/** Title words that make the words after them a person's name ("National" Museum does not). */
export const PERSON_HEADS = words(`
  president minister premier chancellor king queen prince princess leader secretary secretary-general ambassador
  envoy spokesman spokeswoman spokesperson chief head director governor mayor senator general commander chairman
  chairwoman chair speaker emir amir sultan sheikh sheikha pm fm aide adviser advisor official diplomat negotiator
  ruler counterpart pope cardinal archbishop patriarch imam mr mrs ms dr prof lieutenant colonel admiral marshal
  representative coordinator commissioner vice-president vice-premier president-elect monarch ayatollah sayyid
  congressman congresswoman strongman regent councilor councillor counsellor alderman
`);

/** Honorifics that can also be a word of a name ("Hassan Sheikh Mohamud"): they never end a title part. */
export const HONORIFIC_NAMES = words(
  "sheikh sheikha sayyid seyyed sayyed sultan emir amir king queen prince princess lord lady sir dame mr mrs ms dr prof ayatollah his her excellency majesty highness",
);

/** Words for an area or a unit that complete a post ("Governor of State Capital X"), never a name's first word. */
export const POST_COMPLEMENTS = words(
  "capital region district province county city municipality territory area zone division unit sector portfolio",
);

/** Short names of international bodies that may stand before a person's name ("UN envoy", "UN Tareq X"). */
export const BODY_ACRONYMS = new Set(
  "UN EU AU NATO ASEAN GCC OIC OPEC WHO IMF SCO BRICS OSCE ECOWAS SADC IAEA UNESCO UNICEF".split(" "),
);

/** Words that head an organisation's name. */
export const ORG_HEADS = words(`
  ministry ministries council union organization organisation bank agency party office committee assembly
  parliament forum summit group association alliance court university corporation company fund movement front
  army forces command commission secretariat institute news times post kremlin government cabinet house palace
  embassy consulate federation league authority board bureau service services department coalition
  brigades brigade guard corps hezbollah hamas taliban community conference treaty organisation programme
  program initiative foundation society network media television radio tv channel press daily herald
  tribune journal gazette monitor observatory centre center diwan directorate
`);

/** Words that, capitalised at the start of a sentence, are ordinary words and not names. */
export const FUNCTION_WORDS = words(`
  a an the this that these those it its he she his her they their them we our you your i me my in on at of for
  to from by with without within about after before during following since until while when where which who whom
  whose what why how as and but or nor so yet if then than also both either neither not no yes all any each
  every some many most more much few several such other another same later earlier meanwhile however moreover
  furthermore there here now today yesterday tomorrow tonight last next opening speaking according asked
  addressing noting stressing adding welcoming earlier separately together despite amid among between under
  over into onto upon via per photo caption file update lead reporting editing writing by please read see
  note more one two three four five six seven eight nine ten first second third mr mrs ms
  let during thanks thank just only even still already once again our besides beyond speaking
  in-person face-to-face
`);

export const MONTHS = words(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec",
);
export const WEEKDAYS = words("monday tuesday wednesday thursday friday saturday sunday");

/** Verbs that follow a person as the subject of news: "Lavrov said", "Raisi told". */
export const SUBJECT_VERBS = words(`
  said says told tells added noted stressed urged welcomed welcomes hosted hosts met meets received receives
  arrived arrives visited visits held holds thanked wrote spoke called announced expressed praised
  emphasized emphasised underlined pointed highlighted reiterated described warned vowed pledged insisted
  delivered conveyed discussed proposed offered accepted attended attends landed travelled traveled
  wrapped toured greeted greets sat signed agreed agrees invited invites congratulated asked replied
  recalled condemned backed rejected denied declined confirmed has had is was will would also
`);

/** Verbs after which a name is a person met: "received X", "met with X". */
export const MEETING_OBJECT_CUES = words(
  "met meets meet received receives receiving receive hosted hosts hosting host welcomed welcomes welcome greeted greets greet with between and counterpart",
);

/** Adjectives of peoples and regions that are not countries: "the most senior Arab official". */
export const GROUP_ADJECTIVES = words(`
  arab arabs african european asian western eastern northern southern gulf muslim islamic christian jewish
  latin nordic baltic balkan kurdish caucasian arctic pacific atlantic mediterranean sahelian caribbean
  scandinavian slavic persian turkic sunni shiite shia
`);

/** Small numbers written as words: "the three", "two days after", "a week before". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  both: 2,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
};
