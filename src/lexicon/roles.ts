/**
 * Roles, titles and bodies: what people and organisations are called when
 * they are not named (“the minister”), and what stands before a name
 * (“Chief Rabbi Berel Lazar”). Data only; no person is named here.
 */

/** Titles written before a name; multi-word titles first. Lowercase, compared case-insensitively. */
export const titles: readonly string[] = [
  'secretary of state', 'secretary-general', 'secretary general', 'attorney general', 'chief executive',
  'prime minister', 'foreign minister', 'defense minister', 'defence minister', 'finance minister',
  'interior minister', 'deputy prime minister', 'deputy foreign minister', 'vice president', 'vice-president',
  'president-elect', 'chief rabbi', 'chief justice', 'supreme leader', 'crown prince', 'first lady',
  'chief of staff', 'press secretary', 'house speaker', 'head coach', 'deputy head', 'political leader',
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'senator', 'sen.', 'representative', 'rep.',
  'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'ambassador', 'envoy', 'judge', 'justice',
  'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sultan', 'pope', 'rabbi', 'imam', 'bishop',
  'archbishop', 'cardinal', 'reverend', 'rev.', 'father', 'sister', 'brother', 'pastor', 'patriarch',
  'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'miss', 'mx.', 'sir', 'dame', 'lord', 'lady',
  'professor', 'prof.', 'general', 'gen.', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.',
  'lieutenant', 'lt.', 'sergeant', 'sgt.', 'commander', 'admiral', 'marshal', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'coach', 'detective', 'inspector', 'officer', 'commissioner',
  'spokesman', 'spokeswoman', 'spokesperson', 'deputy', 'head', 'chief', 'leader', 'lawyer', 'attorney',
  'prosecutor', 'counsel', 'negotiator', 'delegate', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'manager', 'analyst', 'economist', 'founder', 'co-founder', 'editor', 'journalist', 'activist', 'host',
  'anchor', 'correspondent', 'lawmaker', 'legislator', 'mp', 'mep', 'councillor', 'councilor', 'trustee',
  'councilwoman', 'councilman', 'council member', 'councilmember', 'alderman', 'alderwoman', 'assemblyman',
  'assemblywoman', 'assemblymember', 'police chief', 'fire chief', 'chief of police', 'sheriff', 'superintendent',
  'district attorney', 'state senator', 'state representative', 'lt. gov.', 'lieutenant governor', 'dean',
  'principal', 'chief strategist', 'chief economist', 'strategist', 'pollster', 'president and ceo'
]

/** Nouns that name a person by role: the head of a description (“the Kremlin leader”). */
export const personRoles: readonly string[] = [
  ...titles.filter((title) => !title.includes('.') && !/^(?:mr|mrs|ms|dr|miss|sir|dame|lord|lady|sister|brother|father)$/.test(title)),
  'official', 'officials', 'source', 'sources', 'spokesperson', 'aide', 'adviser', 'advisor', 'staffer',
  'diplomat', 'diplomats', 'negotiators', 'delegates', 'witness', 'witnesses', 'resident', 'residents',
  'victim', 'survivor', 'survivors', 'hostage', 'captive', 'doctor', 'nurse', 'teacher', 'student',
  'researcher', 'scientist', 'expert', 'experts', 'author', 'writer', 'actor', 'actress', 'singer',
  'player', 'players', 'athlete', 'executive', 'executives', 'investor', 'investors', 'banker',
  'reporter', 'reporters', 'commentator', 'critic', 'critics', 'defendant', 'plaintiff', 'mother',
  'father', 'son', 'daughter', 'wife', 'husband', 'widow', 'brother', 'sister', 'man', 'woman',
  'boy', 'girl', 'monarch', 'ruler', 'strongman', 'dictator', 'politician', 'candidate', 'nominee',
  'opposition leader', 'cleric', 'priest', 'clergyman', 'worker', 'workers', 'organizer', 'organiser',
  'protester', 'protesters', 'officer', 'soldier', 'soldiers', 'commander', 'militant', 'militants',
  'owner', 'employee', 'employees', 'representative', 'representatives', 'member', 'members', 'fan', 'fans',
  'businessman', 'businesswoman', 'mogul', 'billionaire', 'entrepreneur', 'professor', 'historian', 'demographer',
  'consultant', 'strategist', 'operative', 'supporter', 'supporters', 'voter', 'voters', 'commenter', 'blogger',
  'columnist', 'pundit', 'lobbyist', 'donor', 'insider', 'aides', 'veteran', 'rookie', 'defenceman', 'defenseman',
  'forward', 'quarterback', 'pitcher', 'rival', 'challenger', 'incumbent', 'contender', 'frontrunner', 'front-runner',
  'hopeful', 'nominee', 'spokesperson', 'whistleblower', 'attorney general', 'sheriff', 'parent', 'parents', 'citizen',
  'farmer', 'driver', 'pilot', 'engineer', 'mechanic', 'firefighter', 'paramedic', 'chef', 'retiree', 'pensioner',
  'homeowner', 'landlord', 'tenant', 'shopkeeper', 'artist', 'musician', 'filmmaker', 'photographer', 'novelist', 'poet'
]

/** Roles that head something: “the Kremlin leader” fits any of them. */
export const leaderRoles: ReadonlySet<string> = new Set([
  'leader', 'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emir', 'sultan',
  'supreme leader', 'head', 'chief', 'chairman', 'chairwoman', 'chair', 'ceo', 'chief executive',
  'director', 'rabbi', 'chief rabbi', 'imam', 'pope', 'patriarch', 'bishop', 'archbishop', 'monarch',
  'ruler', 'strongman', 'dictator', 'mayor', 'governor', 'commander', 'founder', 'manager', 'coach', 'head coach'
])

/** Roles that tell a gender. */
export const roleGender: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['chairman', 'male'], ['spokesman', 'male'], ['congressman', 'male'], ['councilman', 'male'], ['alderman', 'male'],
  ['assemblyman', 'male'], ['businessman', 'male'], ['councilwoman', 'female'], ['alderwoman', 'female'],
  ['assemblywoman', 'female'], ['businesswoman', 'female'], ['father', 'male'], ['brother', 'male'],
  ['son', 'male'], ['husband', 'male'], ['man', 'male'], ['boy', 'male'], ['actor', 'male'], ['clergyman', 'male'],
  ['mrs', 'female'], ['mrs.', 'female'], ['ms', 'female'], ['ms.', 'female'], ['miss', 'female'], ['dame', 'female'],
  ['lady', 'female'], ['queen', 'female'], ['princess', 'female'], ['chairwoman', 'female'], ['spokeswoman', 'female'],
  ['congresswoman', 'female'], ['mother', 'female'], ['sister', 'female'], ['daughter', 'female'], ['wife', 'female'],
  ['widow', 'female'], ['woman', 'female'], ['girl', 'female'], ['actress', 'female'], ['first lady', 'female']
])

/** Nouns that name a body (“the ministry said”). */
export const organizationNouns: readonly string[] = [
  'ministry', 'government', 'administration', 'cabinet', 'kremlin', 'white house', 'union', 'company',
  'firm', 'group', 'army', 'military', 'police', 'department', 'agency', 'council', 'court', 'committee',
  'commission', 'office', 'party', 'board', 'federation', 'association', 'authority', 'authorities',
  'club', 'team', 'university', 'bank', 'embassy', 'consulate', 'movement', 'organization', 'organisation',
  'foundation', 'institute', 'campaign', 'coalition', 'alliance', 'league', 'network', 'newspaper',
  'broadcaster', 'channel', 'station', 'statement', 'spokesman’s office', 'parliament', 'senate',
  'congress', 'assembly', 'municipality', 'city', 'state', 'regulator', 'prosecutors', 'ministry of defense',
  'prosecution', 'defense', 'defence', 'opposition', 'club', 'school', 'hospital', 'airline', 'carrier',
  ...documentNouns()
]

/** Writings that speak in news (“the report concluded”, “the lawsuit says”): sources, as bodies are. */
function documentNouns(): string[] {
  return [
    'report', 'study', 'survey', 'poll', 'letter', 'memo', 'email', 'e-mail', 'note', 'editorial', 'lawsuit',
    'complaint', 'filing', 'indictment', 'affidavit', 'ruling', 'opinion', 'decision', 'order', 'release',
    'press release', 'post', 'tweet', 'ad', 'advertisement', 'website', 'site', 'petition', 'resolution', 'motion',
    'brief', 'document', 'documents', 'transcript', 'platform', 'manifesto', 'bill', 'law', 'sign', 'banner'
  ]
}

/** Pronouns that may stand for a speaker, with what they tell. */
export const speakerPronouns: ReadonlyMap<string, {gender: 'male' | 'female' | null; plural: boolean; organization: boolean}> = new Map([
  ['he', {gender: 'male', plural: false, organization: false}],
  ['his', {gender: 'male', plural: false, organization: false}],
  ['him', {gender: 'male', plural: false, organization: false}],
  ['she', {gender: 'female', plural: false, organization: false}],
  ['her', {gender: 'female', plural: false, organization: false}],
  ['they', {gender: null, plural: true, organization: true}],
  ['their', {gender: null, plural: true, organization: true}],
  ['it', {gender: null, plural: false, organization: true}],
  ['its', {gender: null, plural: false, organization: true}]
])

/** The first-person pronoun outside quotes: the writer (or narrator) speaking, whom the text does not name. */
export const firstPerson = 'I'

/** Words that glue parts of a name together (Ursula von der Leyen, Abu Bakr al-Baghdadi). */
export const nameParticles: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'bint', 'al', 'el', 'da', 'di', 'du',
  'dos', 'das', 'la', 'le', 'y', 'ter', 'ten', 'op', 'st.', 'mac'
])

/** Words that stand for people without naming anyone: never a name, even capitalised. */
export const indefinitePronouns: ReadonlySet<string> = new Set([
  'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'anybody', 'others', 'people', 'one', 'another', 'none', 'many', 'several'
])
