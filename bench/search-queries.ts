/**
 * The search ranking benchmark: queries written as readers type them, each with the entries that
 * genuinely answer it. A query scores a top-1 hit when the first result is one of `want`, a top-3 hit
 * when any of the first three is. Written from the entries in `content/` and the source article
 * before any ranking was tuned against them; a query is changed only when the content changes.
 */
export type QueryKind =
  'name' | 'acronym' | 'alias' | 'misspelling' | 'two entities' | 'compound' | 'word form' | 'topic' | 'question';

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
];
