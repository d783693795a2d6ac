/**
 * The search ranking benchmark: queries written as readers type them, each with the entries that
 * genuinely answer it. A query scores a top-1 hit when the first result is one of `want`, a top-3 hit
 * when any of the first three is. Written from the entries in `content/` and the source article
 * before any ranking was tuned against them; a query is changed only when the content changes.
 */
type QueryKind =
  | 'name'
  | 'acronym'
  | 'alias'
  | 'misspelling'
  | 'two entities'
  | 'compound'
  | 'word form'
  | 'topic'
  | 'question'
  | 'property'
  | 'tie'
  | 'claim';

export interface RankingQuery {
  q: string;
  kind: QueryKind;
  /** Entry paths that answer the query; any of them counts. */
  want: string[];
}

const q = (kind: QueryKind, query: string, ...want: string[]): RankingQuery => ({ q: query, kind, want });

export const RANKING_QUERIES: RankingQuery[] = [
  // Names as written.
  q('name', 'tajikistan', '/actors/tajikistan/'),
  q('name', 'Uzbekistan', '/actors/uzbekistan/'),
  q('name', 'kazakhstan', '/actors/kazakhstan/'),
  q('name', 'kyrgyzstan', '/actors/kyrgyzstan/'),
  q('name', 'turkmenistan', '/actors/turkmenistan/'),
  q('name', 'afghanistan', '/actors/afghanistan/'),
  q('name', 'russia', '/actors/russia/'),
  q('name', 'china', '/actors/china/'),
  q('name', 'taliban', '/actors/taliban/'),
  q('name', 'putin', '/actors/vladimir-putin/'),
  q('name', 'shoigu', '/actors/sergei-shoigu/'),
  q('name', 'tokayev', '/actors/kassym-jomart-tokayev/'),
  q('name', 'rahmon', '/actors/emomali-rahmon/'),
  q('name', 'stanislav zas', '/actors/stanislav-zas/'),
  q('name', 'al-qaeda', '/actors/al-qaeda/'),
  q('name', 'islamic state', '/actors/islamic-state/'),
  q('name', 'pashtuns', '/actors/pashtuns/'),
  q('name', 'kant air base', '/bases/kant-air-base/'),
  q('name', 'ayni', '/bases/ayni-air-base/'),
  q('name', '201st military base', '/bases/201st-military-base/'),
  q('name', 'manas', '/bases/manas-transit-center/'),
  q(
    'name',
    'harb-maidon',
    '/bases/harb-maidon-training-ground/',
    '/events/2021-08-10-trilateral-exercise-harb-maidon/',
  ),
  q('name', 'friendship bridge', '/infrastructure/friendship-bridge/'),
  q('name', 'belt and road', '/infrastructure/belt-and-road-initiative/'),
  q('name', 'termez', '/places/termez/'),
  q('name', 'dushanbe', '/places/dushanbe/'),
  q('name', 'mazar-i-sharif', '/places/mazar-i-sharif/'),
  q('name', 'nagorno-karabakh', '/places/nagorno-karabakh/', '/events/2020-nagorno-karabakh-war/'),
  q('name', 'south caucasus', '/places/south-caucasus/'),
  q('name', 'northern afghanistan', '/places/northern-afghanistan/'),
  q('name', 'benign scenario', '/scenarios/benign/'),
  q('name', 'malign scenario', '/scenarios/malign/'),
  q('name', 'rubezh', '/events/2021-09-csto-rubezh-exercise/'),
  q('name', 'shanghai cooperation organization', '/organizations/sco/'),
  q('name', 'united nations', '/organizations/united-nations/'),
  q('name', 'contact group', '/organizations/sco-afghanistan-contact-group/'),
  q('name', 'islamic movement of uzbekistan', '/actors/imu/'),
  q('name', 'baghlan power line', '/infrastructure/baghlan-power-line/'),
  q('name', 'weitz', '/sources/central-asias-taliban-surprise/'),

  // Acronyms.
  q('acronym', 'csto', '/organizations/csto/'),
  q('acronym', 'SCO', '/organizations/sco/'),
  q('acronym', 'nato', '/organizations/nato/'),
  q('acronym', 'IMU', '/actors/imu/'),
  q('acronym', 'iskp', '/actors/iskp/'),
  q('acronym', 'tapi', '/infrastructure/tapi-pipeline/'),
  q('acronym', 'unama', '/organizations/unama/'),
  q('acronym', 'UN', '/organizations/united-nations/'),
  q('acronym', 'RATS', '/organizations/sco-rats/'),
  q('acronym', 'bri', '/infrastructure/belt-and-road-initiative/'),
  q('acronym', 'isis', '/actors/islamic-state/'),
  q('acronym', 'k2', '/bases/karshi-khanabad-air-base/'),
  q('acronym', 'usa', '/actors/united-states/'),
  q('acronym', 'mei', '/sources/central-asias-taliban-surprise/'),

  // Other names, spellings and capitals used for governments.
  q('alias', 'Türkiye', '/actors/turkey/'),
  q('alias', 'turkmenia', '/actors/turkmenistan/'),
  q('alias', 'astana', '/places/nur-sultan/', '/actors/kazakhstan/'),
  q('alias', 'gissar air base', '/bases/ayni-air-base/'),
  q('alias', 'fall of kabul', '/events/2021-08-15-taliban-take-kabul/'),
  q('alias', '9/11', '/events/2001-09-september-11-attacks/'),
  q('alias', 'september 11', '/events/2001-09-september-11-attacks/'),
  q('alias', 'peking', '/places/beijing/'),
  q('alias', 'ashkhabad', '/places/ashgabat/'),
  q('alias', 'termiz', '/places/termez/'),
  q('alias', 'hayratan', '/places/hairatan/'),
  q('alias', 'ISIS-K', '/actors/iskp/'),
  q('alias', 'collective security treaty organization', '/organizations/csto/'),
  q('alias', 'shanghai cooperation organisation', '/organizations/sco/'),
  q('alias', 'kyrgyz republic', '/actors/kyrgyzstan/'),
  q('alias', "people's republic of china", '/actors/china/'),
  q('alias', 'afghan republic', '/actors/afghan-republic/'),
  q('alias', 'transcaucasia', '/places/south-caucasus/'),
  q('alias', 'afghan tajiks', '/actors/ethnic-tajiks/'),
  q('alias', 'taliban takeover', '/events/2021-08-15-taliban-take-kabul/'),

  // Misspellings.
  q('misspelling', 'tajikstan', '/actors/tajikistan/'),
  q('misspelling', 'uzbekstan', '/actors/uzbekistan/'),
  q('misspelling', 'kyrgystan', '/actors/kyrgyzstan/'),
  q('misspelling', 'mirziyoev', '/actors/shavkat-mirziyoyev/'),
  q('misspelling', 'tokaev', '/actors/kassym-jomart-tokayev/'),
  q('misspelling', 'shoygu', '/actors/sergei-shoigu/'),
  q('misspelling', 'turkmenstan', '/actors/turkmenistan/'),
  q('misspelling', 'kazakstan', '/actors/kazakhstan/'),
  q('misspelling', 'al qaida', '/actors/al-qaeda/'),
  q('misspelling', 'ashgabad', '/places/ashgabat/'),

  // Two entries named together: what joins them comes first.
  q('two entities', 'tokayev putin', '/events/2021-08-21-tokayev-putin-meeting/'),
  q('two entities', 'mirziyoyev putin call', '/events/2021-08-15-mirziyoyev-putin-call/'),
  q('two entities', 'shoigu tashkent', '/events/2021-04-shoigu-visit-to-tashkent/'),
  q('two entities', 'uzbekistan csto', '/events/2012-uzbekistan-leaves-csto/'),
  q('two entities', 'kyrgyzstan us forces', '/events/2014-kyrgyzstan-expels-us-forces/'),
  q('two entities', 'uzbekistan us forces', '/events/2005-uzbekistan-expels-us-forces/'),
  q('two entities', 'afghanistan sco observer', '/events/2012-afghanistan-sco-observer/'),
  q(
    'two entities',
    'russia uzbekistan partnership',
    '/events/2021-04-russia-uzbekistan-strategic-partnership-program/',
  ),
  q('two entities', 'armenia azerbaijan war', '/events/2020-nagorno-karabakh-war/'),
  q('two entities', 'unama nur-sultan', '/events/2021-08-unama-staff-relocate-to-nur-sultan/'),
  q('two entities', 'hairatan mazar-i-sharif', '/infrastructure/hairatan-mazar-i-sharif-railway/'),
  q('two entities', 'russia uzbekistan termez exercise', '/events/2021-08-russia-uzbekistan-exercise-termez/'),
  q('two entities', 'afghanistan rats protocol', '/events/2015-afghanistan-rats-protocol-and-sco-application/'),

  // Hyphenated compounds, split or joined.
  q(
    'compound',
    'tajik-afghan border',
    '/events/2005-russian-border-troops-withdraw/',
    '/events/2021-04-tajik-russian-exercise/',
    '/actors/tajikistan/',
  ),
  q('compound', 'kyrgyz-tajik', '/events/2021-04-kyrgyz-tajik-border-clash/'),
  q('compound', 'kyrgyz tajik border clash', '/events/2021-04-kyrgyz-tajik-border-clash/'),
  q('compound', 'tajik russian exercise', '/events/2021-04-tajik-russian-exercise/'),
  q('compound', 'russia-tajikistan air defense', '/events/2021-04-russia-tajikistan-joint-air-defense/'),
  q('compound', 'harbmaidon', '/bases/harb-maidon-training-ground/'),
  q('compound', 'karshi khanabad', '/bases/karshi-khanabad-air-base/'),
  q('compound', 'alqaeda', '/actors/al-qaeda/'),
  q('compound', 'mazar i sharif', '/places/mazar-i-sharif/'),
  q('compound', 'nur sultan', '/places/nur-sultan/'),
  q('compound', 'anti-terrorist structure', '/organizations/sco-rats/'),

  // Other word forms and near-synonyms.
  q('word form', 'russian border withdrawal', '/events/2005-russian-border-troops-withdraw/'),
  q(
    'word form',
    'tajikistan exercise',
    '/events/2021-04-tajik-russian-exercise/',
    '/events/2021-08-10-trilateral-exercise-harb-maidon/',
  ),
  q(
    'word form',
    'uzbek drills',
    '/events/2021-08-russia-uzbekistan-exercise-termez/',
    '/events/2021-08-10-trilateral-exercise-harb-maidon/',
  ),
  q('word form', 'us bases', '/events/2001-us-bases-in-central-asia/'),
  q('word form', 'american bases central asia', '/events/2001-us-bases-in-central-asia/'),
  q('word form', 'afghan refugees', '/events/1990s-afghan-refugees-in-tajikistan/'),
  q('word form', 'nato withdrawal', '/events/2021-08-nato-troops-depart/'),
  q('word form', 'uzbekistan expelled americans', '/events/2005-uzbekistan-expels-us-forces/'),
  q('word form', 'joint air defence', '/events/2021-04-russia-tajikistan-joint-air-defense/'),
  q('word form', 'kazakh military alert', '/events/2021-08-kazakhstan-raises-military-alert/'),
  q('word form', 'railway', '/infrastructure/hairatan-mazar-i-sharif-railway/'),
  q('word form', 'gas pipeline', '/infrastructure/tapi-pipeline/'),

  // Topics the article names in other words.
  q('topic', 'neutrality', '/actors/turkmenistan/'),
  q('topic', 'pragmatic engagement', '/scenarios/benign/'),
  q('topic', 'cordon sanitaire', '/events/1990s-cordon-sanitaire-policy/'),
  q('topic', 'isolation of the taliban', '/events/1990s-cordon-sanitaire-policy/'),
  q('topic', 'refugees', '/events/1990s-afghan-refugees-in-tajikistan/', '/scenarios/malign/'),
  q(
    'topic',
    'over-the-horizon',
    '/events/2001-us-bases-in-central-asia/',
    '/organizations/nato/',
    '/actors/united-states/',
  ),
  q('topic', 'caliphate', '/actors/iskp/', '/actors/al-qaeda/'),
  q('topic', 'counter-narcotics', '/events/2009-sco-afghanistan-action-plan/'),
  q('topic', 'ethnic uzbeks', '/actors/ethnic-uzbeks/'),
  q('topic', 'water dispute', '/events/2021-04-kyrgyz-tajik-border-clash/'),
  q('topic', 'electricity exports', '/infrastructure/baghlan-power-line/'),
  q('topic', 'emergency summit', '/events/2021-08-23-csto-emergency-summit/'),

  // Questions.
  q('question', 'who leads the csto', '/organizations/csto/', '/actors/russia/', '/actors/stanislav-zas/'),
  q('question', 'who is the president of uzbekistan', '/actors/shavkat-mirziyoyev/'),
  q('question', 'where is the 201st base', '/bases/201st-military-base/'),
  q('question', 'when did uzbekistan leave the csto', '/events/2012-uzbekistan-leaves-csto/'),
  q(
    'question',
    'what happened to the us bases',
    '/events/2001-us-bases-in-central-asia/',
    '/events/2005-uzbekistan-expels-us-forces/',
    '/events/2014-kyrgyzstan-expels-us-forces/',
  ),
  q('question', 'who is the russian defence minister', '/actors/sergei-shoigu/'),
  q('question', 'when did the taliban take kabul', '/events/2021-08-15-taliban-take-kabul/'),
  q('question', 'who is the secretary general of the csto', '/actors/stanislav-zas/'),

  // An entry and what is asked about it: a property or relation of its typed data, in any wording.
  // A page answers when it shows that property of that entry.
  q('property', 'sco members', '/organizations/sco/'),
  q('property', 'sco observers', '/organizations/sco/'),
  q('property', 'members of the csto', '/organizations/csto/'),
  q('property', 'csto member states', '/organizations/csto/'),
  q('property', 'who are the csto observers', '/organizations/csto/', '/actors/afghanistan/'),
  q('property', 'nato members', '/organizations/nato/'),
  q('property', 'afghanistan borders', '/actors/afghanistan/'),
  q('property', 'which countries border afghanistan', '/actors/afghanistan/'),
  q('property', 'tajikistan border length', '/actors/tajikistan/', '/actors/afghanistan/'),
  q('property', 'how long is the uzbek afghan border', '/actors/uzbekistan/', '/actors/afghanistan/'),
  q('property', 'turkmenistan frontier with afghanistan', '/actors/turkmenistan/', '/actors/afghanistan/'),
  q('property', 'does kazakhstan border afghanistan', '/actors/kazakhstan/'),
  q('property', 'who is the president of kazakhstan', '/actors/kazakhstan/', '/actors/kassym-jomart-tokayev/'),
  q('property', 'president of tajikistan', '/actors/tajikistan/', '/actors/emomali-rahmon/'),
  q('property', 'russian president', '/actors/russia/', '/actors/vladimir-putin/'),
  q('property', 'csto secretary general', '/organizations/csto/', '/actors/stanislav-zas/'),
  q('property', 'russia defence minister', '/actors/russia/', '/actors/sergei-shoigu/'),
  q('property', 'who leads the sco', '/organizations/sco/', '/actors/china/', '/actors/russia/'),
  q('property', 'bases in kyrgyzstan', '/actors/kyrgyzstan/'),
  q('property', 'what bases does tajikistan host', '/actors/tajikistan/'),
  q('property', 'russian military bases', '/actors/russia/'),
  q('property', 'kazakhstan foreign bases', '/actors/kazakhstan/'),
  q('property', 'tajikistan stance on the taliban', '/actors/tajikistan/'),
  q('property', 'uzbekistan refugee policy', '/actors/uzbekistan/', '/actors/central-asian-states/'),
  q('property', 'kyrgyzstan afghan students', '/actors/kyrgyzstan/'),
  q('property', 'turkmenistan position on the taliban', '/actors/turkmenistan/'),
  q('property', 'kazakhstan reliance on russia', '/actors/kazakhstan/'),
  q('property', '201st base troops', '/bases/201st-military-base/'),
  q(
    'property',
    'how many russian soldiers in tajikistan',
    '/bases/201st-military-base/',
    '/actors/tajikistan/',
    '/actors/russia/',
  ),
  q('property', 'kant air base lease', '/bases/kant-air-base/'),
  q('property', 'how long is the lease of the 201st base', '/bases/201st-military-base/'),
  q('property', 'how far is ayni from dushanbe', '/bases/ayni-air-base/'),
  q(
    'property',
    'harb-maidon distance from afghanistan',
    '/bases/harb-maidon-training-ground/',
    '/events/2021-08-10-trilateral-exercise-harb-maidon/',
  ),
  q('property', 'when was the sco founded', '/organizations/sco/'),
  q('property', 'csto founding year', '/organizations/csto/'),
  q('property', 'when was al-qaeda founded', '/actors/al-qaeda/'),
  q('property', 'termez exercise troops', '/events/2021-08-russia-uzbekistan-exercise-termez/'),
  q('property', 'how many troops in the tajik russian exercise', '/events/2021-04-tajik-russian-exercise/'),
  q('property', 'what did putin say', '/actors/vladimir-putin/'),
  q('property', 'russia warnings', '/actors/russia/'),
  q('property', 'taliban pledges', '/actors/taliban/'),
  q('property', 'tokayev statements', '/actors/kassym-jomart-tokayev/'),
  q('property', 'what did the csto pledge', '/organizations/csto/'),
  q('property', 'iskp rivals', '/actors/iskp/'),
  q('property', 'imu allies', '/actors/imu/'),
  q('property', 'who governs afghanistan', '/actors/afghanistan/', '/actors/taliban/'),
  q('property', 'what does the friendship bridge connect', '/infrastructure/friendship-bridge/'),
  q('property', 'tapi pipeline route', '/infrastructure/tapi-pipeline/'),
  q('property', 'where is kant air base', '/bases/kant-air-base/'),
  q('property', 'rats headquarters location', '/organizations/sco-rats/'),
  q('property', 'who hosts unama', '/organizations/unama/', '/actors/kazakhstan/'),
  q('property', 'nato supporters', '/organizations/nato/'),
  q('property', 'who does turkey support', '/actors/turkey/'),
  q(
    'property',
    'when did mirziyoyev become president',
    '/actors/shavkat-mirziyoyev/',
    '/events/2016-mirziyoyev-becomes-president/',
  ),

  // Two entries named together: the pages that hold what ties them (relations either way,
  // memberships, shared events, statements by one about the other, stances toward the other).
  q('tie', 'tajikistan taliban', '/actors/tajikistan/'),
  q('tie', 'kazakhstan taliban', '/actors/kazakhstan/'),
  q('tie', 'uzbekistan taliban', '/actors/uzbekistan/'),
  q('tie', 'turkmenistan taliban', '/actors/turkmenistan/'),
  q('tie', 'kyrgyzstan and the taliban', '/actors/kyrgyzstan/'),
  q(
    'tie',
    'uzbekistan csto status',
    '/actors/uzbekistan/',
    '/organizations/csto/',
    '/events/2012-uzbekistan-leaves-csto/',
  ),
  q('tie', 'afghanistan sco status', '/actors/afghanistan/', '/organizations/sco/'),
  q('tie', 'belarus sco', '/actors/belarus/', '/organizations/sco/'),
  q('tie', 'iran sco membership', '/actors/iran/', '/organizations/sco/'),
  q('tie', 'india sco', '/actors/india/', '/organizations/sco/'),
  q('tie', 'armenia csto', '/actors/armenia/', '/organizations/csto/'),
  q('tie', 'mongolia sco', '/actors/mongolia/', '/organizations/sco/'),
  q('tie', 'china sco', '/actors/china/', '/organizations/sco/'),
  q(
    'tie',
    'russia uzbekistan agreement',
    '/actors/uzbekistan/',
    '/actors/russia/',
    '/events/2021-04-russia-uzbekistan-strategic-partnership-program/',
  ),
  q(
    'tie',
    'russia tajikistan bases',
    '/bases/201st-military-base/',
    '/bases/ayni-air-base/',
    '/actors/tajikistan/',
    '/actors/russia/',
  ),
  q('tie', 'turkey azerbaijan', '/actors/azerbaijan/', '/actors/turkey/', '/events/2020-nagorno-karabakh-war/'),
  q('tie', 'taliban imu', '/actors/taliban/', '/actors/imu/'),
  q('tie', 'iskp islamic state', '/actors/iskp/', '/actors/islamic-state/'),
  q('tie', 'taliban iskp', '/actors/iskp/', '/actors/taliban/'),
  q('tie', 'al-qaeda imu', '/actors/al-qaeda/', '/actors/imu/'),
  q(
    'tie',
    'kazakhstan unama',
    '/actors/kazakhstan/',
    '/organizations/unama/',
    '/events/2021-08-unama-staff-relocate-to-nur-sultan/',
  ),
  q('tie', 'kazakhstan nato', '/actors/kazakhstan/', '/organizations/nato/'),
  q('tie', 'uzbekistan afghan republic', '/actors/uzbekistan/', '/actors/afghan-republic/'),
  q('tie', 'putin afghanistan', '/actors/vladimir-putin/'),
  q('tie', 'taliban united states', '/actors/taliban/', '/actors/united-states/'),
  q('tie', 'csto tajikistan', '/organizations/csto/', '/actors/tajikistan/'),
  q('tie', 'shoigu csto', '/actors/sergei-shoigu/'),
  q('tie', 'zas afghanistan', '/actors/stanislav-zas/'),
  q(
    'tie',
    'kyrgyzstan tajikistan',
    '/events/2021-04-kyrgyz-tajik-border-clash/',
    '/actors/kyrgyzstan/',
    '/actors/tajikistan/',
  ),
  q('tie', 'mirziyoyev russia', '/actors/shavkat-mirziyoyev/', '/events/2021-08-15-mirziyoyev-putin-call/'),
  q('tie', 'tokayev russia', '/actors/kassym-jomart-tokayev/', '/events/2021-08-21-tokayev-putin-meeting/'),
  q(
    'tie',
    'uzbekistan united states',
    '/events/2005-uzbekistan-expels-us-forces/',
    '/bases/karshi-khanabad-air-base/',
    '/actors/uzbekistan/',
    '/actors/united-states/',
    '/events/2001-us-bases-in-central-asia/',
  ),
  q('tie', 'kyrgyzstan russia', '/actors/kyrgyzstan/', '/bases/kant-air-base/', '/bases/southern-kyrgyzstan-base/'),

  // Words of a claim (a warning, a pledge): the entries whose statements or stances carry it.
  q('claim', 'over-the-horizon warning', '/actors/russia/', '/actors/taliban/'),
  q('claim', 'who warned against us bases', '/actors/russia/', '/actors/taliban/'),
  q('claim', 'putin refugees warning', '/actors/vladimir-putin/'),
  q('claim', 'taliban promise on terrorism', '/actors/taliban/'),
  q('claim', 'veto over foreign bases', '/actors/russia/', '/organizations/csto/'),
];

/**
 * Answer cases: a query that asks about typed data, the entry the answer is about, and the values
 * the answer must list — an entry's path (a link to it) or a text the answer shows. `none` cases
 * ask what the data does not hold: no answer may be shown. Written with the queries above, before
 * any answer was built.
 */
export interface AnswerCase {
  q: string;
  /** Paths of entries the answer is about (two for a tie); it may be about more (a query naming two entries). */
  about: string[];
  /** Paths the answer links as values, or texts it shows. */
  values: string[];
}

export interface NoAnswerCase {
  q: string;
  none: true;
}

const a = (query: string, about: string | string[], ...values: string[]): AnswerCase => ({
  q: query,
  about: typeof about === 'string' ? [about] : about,
  values,
});
const none = (query: string): NoAnswerCase => ({ q: query, none: true });

export const ANSWER_CASES: (AnswerCase | NoAnswerCase)[] = [
  a(
    'sco members',
    '/organizations/sco/',
    '/actors/china/',
    '/actors/india/',
    '/actors/kazakhstan/',
    '/actors/kyrgyzstan/',
    '/actors/pakistan/',
    '/actors/russia/',
    '/actors/tajikistan/',
    '/actors/uzbekistan/',
  ),
  a(
    'sco observers',
    '/organizations/sco/',
    '/actors/afghanistan/',
    '/actors/belarus/',
    '/actors/iran/',
    '/actors/mongolia/',
  ),
  a(
    'members of the csto',
    '/organizations/csto/',
    '/actors/armenia/',
    '/actors/belarus/',
    '/actors/kazakhstan/',
    '/actors/kyrgyzstan/',
    '/actors/russia/',
    '/actors/tajikistan/',
  ),
  a('nato members', '/organizations/nato/', '/actors/turkey/', '/actors/united-states/'),
  a(
    'afghanistan borders',
    '/actors/afghanistan/',
    '/actors/tajikistan/',
    '/actors/turkmenistan/',
    '/actors/uzbekistan/',
  ),
  a('tajikistan border length', '/actors/tajikistan/', '1,300 km'),
  a('does kazakhstan border afghanistan', '/actors/kazakhstan/', 'None: no border with Afghanistan'),
  a('who is the president of uzbekistan', '/actors/uzbekistan/', '/actors/shavkat-mirziyoyev/'),
  a('president of kazakhstan', '/actors/kazakhstan/', '/actors/kassym-jomart-tokayev/'),
  a('csto secretary general', '/organizations/csto/', '/actors/stanislav-zas/'),
  a('who leads the sco', '/organizations/sco/', '/actors/china/', '/actors/russia/'),
  a(
    'bases in kyrgyzstan',
    '/actors/kyrgyzstan/',
    '/bases/kant-air-base/',
    '/bases/manas-transit-center/',
    '/bases/southern-kyrgyzstan-base/',
  ),
  a(
    'russian military bases',
    '/actors/russia/',
    '/bases/201st-military-base/',
    '/bases/ayni-air-base/',
    '/bases/kant-air-base/',
    '/bases/southern-kyrgyzstan-base/',
  ),
  a('kazakhstan foreign bases', '/actors/kazakhstan/', 'None'),
  a('tajikistan stance on the taliban', '/actors/tajikistan/', 'No official dialogue'),
  a('kyrgyzstan afghan students', '/actors/kyrgyzstan/', 'Admits Afghan students with valid visas'),
  a('201st base troops', '/bases/201st-military-base/', 'about 7,000 soldiers'),
  a('kant air base lease', '/bases/kant-air-base/', '25 years'),
  a('how far is ayni from dushanbe', '/bases/ayni-air-base/', '10 km west of', '/places/dushanbe/'),
  a('when was the csto founded', '/organizations/csto/', '2002'),
  a('termez exercise troops', '/events/2021-08-russia-uzbekistan-exercise-termez/', '1,500 soldiers'),
  a('iskp rivals', '/actors/iskp/', '/actors/taliban/'),
  a('who governs afghanistan', '/actors/afghanistan/', '/actors/taliban/'),
  a(
    'tapi pipeline route',
    '/infrastructure/tapi-pipeline/',
    '/actors/afghanistan/',
    '/actors/india/',
    '/actors/pakistan/',
    '/actors/turkmenistan/',
  ),
  a('who hosts unama', '/organizations/unama/', '/actors/kazakhstan/'),
  a('what did the taliban pledge', '/actors/taliban/', 'pledged'),
  a('tajikistan taliban', ['/actors/tajikistan/', '/actors/taliban/'], 'No official dialogue'),
  a('uzbekistan csto', ['/actors/uzbekistan/', '/organizations/csto/'], 'Former member', '2012'),
  a('afghanistan sco', ['/actors/afghanistan/', '/organizations/sco/'], 'Observer', 'Applicant'),
  a('turkey azerbaijan', ['/actors/turkey/', '/actors/azerbaijan/'], '/events/2020-nagorno-karabakh-war/'),
  a('taliban iskp', ['/actors/taliban/', '/actors/iskp/'], 'rival of'),
  a('ayni dushanbe', ['/bases/ayni-air-base/', '/places/dushanbe/'], '10 km west of'),
  none('mongolia president'),
  none('taliban members'),
  none('benign scenario'),
  none('csto'),
  none('kazakhstan troops'),
];
