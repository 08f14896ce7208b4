/**
 * Is a quote an utterance of its own (`full`), a fragment inside the
 * writer's sentence (`partial`), or words quoted as words (`mention`)?
 *
 * - mention: after “the word(s)”, “the term”, “so-called”, “dubbed”, a title
 *   noun (“the film”, “DuVernay’s documentary,”), a language (Latin for “…”),
 *   but not “in her words,”;
 *   joined by “or”/“and” to such a quote; a proper name or a Title Case phrase
 *   quoted inside ordinary prose (scare quotes, titles), also right after a
 *   possessive or preposition (told ABC’s “This Week.”) or a verb of telling
 *   (told “Fox and Friends,”); a title followed by its author (“…,” by Gwenda
 *   Blair); the label or link of a link line (“Related:”, READ MORE: “…”), or of
 *   a button (click “sign up.”); a
 *   subhead: a paragraph that is only a phrase in single marks, in a text whose
 *   quotes are in double marks.
 * - full: begins with a capital, and stands alone in its sentence: nothing
 *   before it but an introduction (“He added,” / “X told supporters:”) and
 *   nothing after it but an attribution (“, Putin said.”).
 * - partial: everything else.
 */

import type {QuoteKind, RuleContext} from '../types.js'
import {onlyAdverbs} from '../attribution/helpers.js'
import {calendarAbbreviations, monthNames, weekdayNames} from '../lexicon/calendar.js'
import {languageNames} from '../lexicon/languages.js'
import {voicedSpeechNouns} from '../lexicon/speech-nouns.js'
import {pairByOpen} from './marks.js'
import {isWhiteSpace} from '../parse/white-space.js'

/** What the classifier reads of the whole document. */
export interface KindDocument {
  /** Whether the document also uses a word, lowercase, as an ordinary word. */
  readonly isCommonWord: (lower: string) => boolean
  /** Whether the document's quotes are mostly in double marks, so that single marks set off nested quotes and headings. */
  readonly doubleMarks: boolean
}

const plainDocument: KindDocument = {isCommonWord: () => false, doubleMarks: false}

/** Whether most quotes of a document open with a double mark. */
export function opensMostlyDouble(openMarks: readonly string[]): boolean {
  let double = 0
  for (const mark of openMarks) if (pairByOpen.get(mark)?.double) double++
  return double > openMarks.length - double
}

/** Nouns after which a quote names words or a label: “the word”, “its slogan”. */
const wordNouns = [
  'word', 'term', 'phrase', 'expression', 'label', 'slogan', 'hashtag', 'title', 'name', 'nickname', 'motto', 'headline',
  'tag', 'designation', 'moniker', 'brand'
]
/**
 * Nouns of works and undertakings: after them a quote is a title only when it looks like one
 * (“the film “Silent Harbor””), since they are also what people speak of (“his campaign “is
 * running out of cash””, “called the show “the best on air””, “From the report: “…””).
 */
const workNouns = [
  'song', 'book', 'film', 'movie', 'novel', 'album', 'show', 'operation', 'program', 'programme', 'campaign', 'project',
  'initiative', 'letter', 'banner', 'sign', 'poster', 'placard', 'play', 'poem', 'article', 'column', 'essay', 'report',
  'documentary', 'podcast', 'series', 'memoir', 'biography', 'autobiography', 'anthem', 'hymn', 'musical', 'opera', 'sitcom',
  'commentary', 'editorial', 'op-ed', 'newsletter', 'magazine', 'blog'
]
/** Verbs of naming: “dubbed”, “known as”. */
const namingWords = ['dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'labeled', 'labelled', 'branded', 'known as', 'spelled', 'spelt', 'coined']
/** Names of laws and plans: “the Clean Air Act” (capitalised: “the new law” is no name). */
const lawNouns = ['Act', 'Bill', 'Plan', 'Law']

const determinerThen = String.raw`\b(?:the|a|an|this|that|these|those|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?`
/** As above, or a name’s possessive: “DuVernay’s documentary” (a work); “Romney’s phrase” stays his words. */
const determinerOrOwnerThen = String.raw`(?:\b(?:the|a|an|this|that|these|those|its|his|her|their)|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{L}-]+\s+){0,2}?`
/**
 * What introduces words as words, one pattern per way it can end (a noun of words, “so-called”, a
 * verb of naming, “Operation”, a language and “for”): only those that can end on the last word
 * before the quote are run, each tried on the tail of the text before it.
 */
const trailing = String.raw`\s*[,:]?\s*$`
const wordNounAtEnd = new RegExp(String.raw`${determinerThen}(?:${wordNouns.join('|')})s?${trailing}`, 'iu')
const soCalledAtEnd = new RegExp(String.raw`\bso[- ]called${trailing}`, 'iu')
const namingAtEnd = new RegExp(String.raw`\b(?:${namingWords.join('|')})${trailing}`, 'iu')
const operationAtEnd = new RegExp(String.raw`\bOperation${trailing}`, 'iu')
const languageForAtEnd = new RegExp(String.raw`\b(?:${[...languageNames].join('|')})\s+for${trailing}`, 'iu')
/** “In her words,” / “in Forbes’ own words:” introduce what was said, not words as words. */
const inTheirWords = /\bin\s+(?:his|her|their|its|my|our|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:own\s+)?words?\s*[,:]?\s*$/u
/** A work noun right before the quote, set off by a comma at most (after a colon the work is quoted). */
const titleOfWork = new RegExp(String.raw`${determinerOrOwnerThen}(?:${workNouns.join('|')})s?\s*,?\s*$`, 'iu')
const namedLaw = new RegExp(String.raw`\b[Tt]he\s+\p{Lu}[\p{L}-]*\s+(?:${lawNouns.join('|')})\s*,?\s*$`, 'u')

/** For each last word (lowercase) that a pattern above can end on: the patterns to try. */
interface LastWordPatterns {
  readonly wordsAsWords: RegExp[]
  work: boolean
  law: boolean
}
const byLastWord = new Map<string, LastWordPatterns>()
function patternsOf(word: string): LastWordPatterns {
  const lower = word.toLowerCase()
  let found = byLastWord.get(lower)
  if (!found) byLastWord.set(lower, (found = {wordsAsWords: [], work: false, law: false}))
  return found
}
for (const noun of wordNouns) for (const form of [noun, `${noun}s`]) patternsOf(form).wordsAsWords.push(wordNounAtEnd)
for (const form of ['so-called', 'called']) patternsOf(form).wordsAsWords.push(soCalledAtEnd)
for (const phrase of namingWords) patternsOf(phrase.split(' ').pop()!).wordsAsWords.push(namingAtEnd)
patternsOf('operation').wordsAsWords.push(operationAtEnd)
patternsOf('for').wordsAsWords.push(languageForAtEnd)
for (const noun of workNouns) for (const form of [noun, `${noun}s`]) patternsOf(form).work = true
for (const noun of lawNouns) patternsOf(noun).law = true
/** A title begins with a capital or a digit. */
const titleStart = /^\W*[\p{Lu}\p{N}]/u
const letter = /[\p{L}-]/u

/** Characters before a quote that the end-anchored patterns below read: more than any of them spans. */
const tailLength = 64

const coordinated = /["”’»]\s*(?:,|or|and|nor|,\s*or|,\s*and)\s*$/u

/** Classify one quote. `previousKind` is the kind of the quote just before it in the same sentence, if any. */
export function classifyKind(context: RuleContext, previousKind: QuoteKind | undefined, document: KindDocument = plainDocument): QuoteKind {
  const {quote, before} = context
  // Read once, by every test below: the end of the text before the quote, and the last cue before it.
  const tail = before.slice(-tailLength)
  const lastCue = lastCueBefore(context)
  const nickname = namedBySomeone(context, tail)
  if ((introducesWordsAsWords(before, quote.text) && !nickname) || isLinkLine(context) || isTitleWithAuthor(context) || isInterfaceLabel(context, tail)) return 'mention'
  if (document.doubleMarks && isSubhead(context)) return 'mention'
  if (previousKind === 'mention' && coordinated.test(tail)) return 'mention'
  const standsAlone = introduced(context, lastCue) && attributedOrEnds(context)
  if (!standsAlone && !rightAfterSpeechVerb(context, lastCue) && !voiced(context, tail) && !nickname && isQuotedName(context, document.isCommonWord)) return 'mention'
  if (standsAlone && rightAfterTelling(context, lastCue) && isQuotedName(context, document.isCommonWord)) return 'mention'
  const first = firstLetterOrDigit(quote.text)
  const capital = first !== '' && first === first.toUpperCase()
  return capital && standsAlone ? 'full' : 'partial'
}

/** What \`/[\\s,:]/\` says of one character. */
function isSpaceCommaOrColon(code: number): boolean {
  return code === 0x2c || code === 0x3a || isWhiteSpace(code)
}

/** What \`/[\\p{L}-]/u\` says of the code unit at \`at\` (as a string of one unit: half a pair is no letter). */
function isLetterOrHyphen(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x2d
  return letter.test(text[at]!)
}

/** The last cue (in the order of \`context.cues\`) that ends before the quote opens. */
function lastCueBefore(context: RuleContext): RuleContext['cues'][number] | undefined {
  const {cues} = context
  const {open} = context.quote
  for (let index = cues.length - 1; index >= 0; index--) if (cues[index]!.end <= open) return cues[index]
  return undefined
}

const letterOrDigit = /[\p{L}\p{N}]/u

/** What \`/[\\p{L}\\p{N}]/u.exec(text)?.[0] ?? ''\` gives, with no match object for the common case of an ASCII letter or digit first. */
function firstLetterOrDigit(text: string): string {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code < 0x80) {
      if (((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39)) return text[at]!
      continue
    }
    // Anything else (a letter of another script, or one outside the Basic Multilingual Plane) as the pattern reads it.
    return letterOrDigit.exec(text.slice(at))?.[0] ?? ''
  }
  return ''
}

/** Whether the text before a quote introduces words as words or a title. */
function introducesWordsAsWords(before: string, quoted: string): boolean {
  // The patterns end at the end of \`before\` and span a few words: a cheap look at the last word first, then only the tail is searched.
  let end = before.length
  while (end > 0 && isSpaceCommaOrColon(before.charCodeAt(end - 1))) end--
  let start = end
  while (start > 0 && end - start < 40 && isLetterOrHyphen(before, start - 1)) start--
  if (start === end) return false
  const lastWord = before.slice(start, end).toLowerCase()
  const patterns = byLastWord.get(lastWord)
  if (!patterns) return false
  const tail = before.slice(-160)
  if ((lastWord === 'word' || lastWord === 'words') && inTheirWords.test(tail)) return false
  for (const pattern of patterns.wordsAsWords) if (pattern.test(tail)) return true
  return (patterns.work || patterns.law) && titleStart.test(quoted) && ((patterns.work && titleOfWork.test(tail)) || (patterns.law && namedLaw.test(tail)))
}

/** Labels of link lines and teasers: “Related:”, READ MORE: ‘…’, WATCH: “…”. */
const linkLabel = /^(?:read more|more|related|related stories|watch|listen|see also|also read|also see|click here|recommended|trending|latest|photos?|video)\s*:$/iu

/** A quote that is the label of a link line, or the link after such a label. */
function isLinkLine(context: RuleContext): boolean {
  const {quote, paragraph, text} = context
  // Both labels end with a colon: look for it before trimming or slicing anything.
  if (lastNonSpace(text, quote.start, quote.end) === colon) {
    const label = quote.text.trim()
    if (label.length <= 30 && linkLabel.test(label)) return true
  }
  return lastNonSpace(text, paragraph.start, quote.open) === colon && linkLabel.test(text.slice(paragraph.start, quote.open).trim())
}

const colon = 0x3a

/** The code of the last character of \`text\` in \`start\`–\`end\` that is not white space, or -1. */
function lastNonSpace(text: string, start: number, end: number): number {
  let at = end
  while (at > start && isWhiteSpace(text.charCodeAt(at - 1))) at--
  return at > start ? text.charCodeAt(at - 1) : -1
}

/** A verb of clicking, then “on” and “the” or not, right before the quote. */
const clickThe = /\b(?:click|clicks|clicked|clicking|tap|taps|tapped|tapping|press|pressing)\s+(?:on\s+)?(?:the\s+)?$/iu
/** Characters outside ASCII that \`clickThe\` can match: white space, and ſ and K (s and k, case-insensitively). */
const otherLetterOrSpace = /^[\sſ\u212A]$/u

/**
 * Where \`clickThe\` must start its search: at the last character before the letters and spaces that end
 * \`text\` (kept for its word boundary), not at every position of the tail.
 */
function lettersAndSpacesAtEnd(text: string): number {
  let at = text.length
  while (at > 0) {
    const code = text.charCodeAt(at - 1)
    const allowed = code < 0x80 ? ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x20 || (code >= 9 && code <= 13) : otherLetterOrSpace.test(text[at - 1]!)
    if (!allowed) break
    at--
  }
  return Math.max(0, at - 1)
}

const clickEnds: ReadonlySet<string> = new Set(['click', 'clicks', 'clicked', 'clicking', 'tap', 'taps', 'tapped', 'tapping', 'press', 'pressing', 'on', 'the'])

/**
 * Whether \`clickThe\` may match: \`text\` ends with white space after a word it can end on (a verb of
 * clicking, “on”, “the”). A word with ſ or K (s and k to a case-insensitive pattern) is left to the pattern.
 */
function mayEndWithClick(text: string): boolean {
  let end = text.length
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--
  if (end === text.length) return false
  let start = end
  let folded = false
  while (start > 0) {
    const code = text.charCodeAt(start - 1)
    if (code === 0x17f || code === 0x212a) folded = true
    else if (!(code < 0x80 && (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) break
    start--
  }
  return folded || clickEnds.has(text.slice(start, end).toLowerCase())
}

/** Click “sign up.” / clicking the "subscribe" button: the label of a button or link, not speech. */
function isInterfaceLabel(context: RuleContext, tail: string): boolean {
  return (mayEndWithClick(tail) && clickThe.test(tail.slice(lettersAndSpacesAtEnd(tail)))) || /^\s*(?:button|link|tab|icon)s?\b/iu.test(context.after)
}

/** Months and weekdays, in full or abbreviated: “by Monday” dates a quote, it names no author (“by Marcus Lee” does). */
const dateWords: ReadonlySet<string> = new Set([...monthNames, ...weekdayNames, ...calendarAbbreviations])

/** A title followed by its author: According to “The Trumps: Three Generations,” by Gwenda Blair / —“Met accused of …,” by Post’s Kathianne Boniello. */
function isTitleWithAuthor(context: RuleContext): boolean {
  const author = /^\s*,?\s*by\s+(\p{Lu}[\p{L}]*)/u.exec(context.after)
  return author !== null && titleStart.test(context.quote.text) && !dateWords.has(author[1]!.toLowerCase())
}

/** Marks and dashes that may stand around a subhead: – ‘Who cares?’ –. */
const subheadFrame = /^[\s\p{Pd}•*.]*$/u

/** A paragraph that is only a phrase in single marks: a subhead (‘A fight from start to finish.’), in a text that quotes in double marks. */
function isSubhead(context: RuleContext): boolean {
  const {quote, paragraph, text} = context
  if (pairByOpen.get(text.slice(quote.open, quote.start))?.double !== false) return false
  return subheadFrame.test(text.slice(paragraph.start, quote.open)) && subheadFrame.test(text.slice(quote.close, paragraph.end))
}

/** Words after which a quote is the object of the writer’s phrase (on ABC’s “This Week”), not speech introduced. */
const objectSlot = /(?:[’']s|\b(?:on|in|at|of|from|with|by|for|about|into|onto)),?$/iu

/** Nothing before the quote in its sentence but an introduction. */
function introduced(context: RuleContext, lastCue: RuleContext['cues'][number] | undefined): boolean {
  const before = context.before.trimEnd()
  // End-anchored patterns see only the tail: V8 would try them from every position of a long sentence.
  const tail = before.slice(-tailLength)
  if (before === '' || /[:—–]$/.test(tail) || /^[-–—•*]+$/.test(before)) return true
  // Its longest match is six characters (“about,”): the last seven, one more for the word boundary, are enough.
  if (objectSlot.test(tail.slice(-7))) return false
  if (!lastCue) return false
  const between = context.text.slice(lastCue.end, context.quote.open)
  // “He added, ”, “she told reporters: ”, “stating, ”
  return /^(?:\s+[\p{L}’'-]+){0,4}\s*[,:]?\s*$/u.test(between) && !/\b(?:that|whether|if)\b/.test(between)
}

/** Verbs that also name or address (a film called “X”, told “Fox and Friends”): a name after them stays a name. */
const namingOrAddressing = /^(?:call|calls|called|calling|tell|tells|told|telling)$/iu

/** A speech verb right before the quote (She declared “What a Night!”): the quote is what was said, not a name. */
function rightAfterSpeechVerb(context: RuleContext, cue: RuleContext['cues'][number] | undefined): boolean {
  if (!cue || cue.type === 'noun' || namingOrAddressing.test(context.text.slice(cue.start, cue.end))) return false
  return /^\s*[,:]?\s*$/.test(context.text.slice(cue.end, context.quote.open))
}

/** A verb of telling right before the quote: Fiorina told “Fox and Friends,” …: what follows is the one told, when it is a name. */
function rightAfterTelling(context: RuleContext, cue: RuleContext['cues'][number] | undefined): boolean {
  if (!cue || !/^(?:tell|tells|told|telling)$/iu.test(context.text.slice(cue.start, cue.end))) return false
  return /^\s*,?\s*$/.test(context.text.slice(cue.end, context.quote.open))
}

/** Whether \`text\` ends with “of” after white space, white space after it allowed: the end the pattern in \`voiced\` needs. */
function endsWithOf(text: string): boolean {
  let at = text.length
  while (at > 0 && isWhiteSpace(text.charCodeAt(at - 1))) at--
  return at >= 3 && text[at - 1] === 'f' && text[at - 2] === 'o' && isWhiteSpace(text.charCodeAt(at - 3))
}

/** Chants of “Ted! Ted!” / “BERNIE!” chants: a noun of voiced speech right before (with “of”) or right after the quote. */
function voiced(context: RuleContext, tail: string): boolean {
  const before = endsWithOf(tail) ? /([\p{L}-]+)\s+of\s*$/u.exec(tail) : null
  if (before && voicedSpeechNouns.has(before[1]!.toLowerCase())) return true
  const after = /^[\s,]*([\p{L}-]+)/u.exec(context.after)
  return after !== null && voicedSpeechNouns.has(after[1]!.toLowerCase()) && !/^\s*,/.test(context.after)
}

/**
 * Someone naming someone: he called Rubio “Little Marco” (a person between the verb and the
 * quote) / Rubio, who he dubbed “the little senator” (a personal pronoun right before the verb).
 * The name is what the subject said; a thing called so (“a class called ‘Perception’”, “was
 * dubbed the ‘X’”) has neither and stays a name. (“Refers to the governor as ‘Chris’” is speech
 * too, but its speaker is not found yet: left a name until the naming-frame rule reads it.)
 */
const person = String.raw`(?:him|her|them|me|us|you|himself|herself|themselves|(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)`
const namingSomeone = new RegExp(
  String.raw`\b(?:call|calls|called|calling|dub|dubs|dubbed|dubbing|nickname[sd]?|nicknaming|label(?:l?ed|s)?|brand(?:ed|s)?)\s+${person}(?:\s+\p{Ll}+ly)?\s*,?\s+(?:as\s+)?(?:(?:a|an|the)\s+)?$`,
  'u'
)

const pronounNaming = /\b(?:he|she|they|we|I|you)\s+(?:(?:has|had|have|once|often|later|also|then|\p{Ll}+ly)\s+)*(?:calls?|called|dub(?:s|bed)?|nicknamed?|labell?ed|branded|termed|coined)\s*,?\s*$/u

function namedBySomeone(context: RuleContext, tail: string): boolean {
  return !context.headline && (namingSomeone.test(tail) || pronounNaming.test(tail))
}

/** Nothing after the quote in its sentence but an attribution or the end. */
function attributedOrEnds(context: RuleContext): boolean {
  const after = context.after
  if (/^[\s.!?…,;)\]"”’]*$/u.test(after)) return true
  const {close} = context.quote
  const mention = context.mentions.find((candidate) => candidate.start >= close && candidate.start - close <= 4)
  const cueAfter = (from: number) => context.cues.find((cue) => cue.start >= from && cue.type !== 'noun' && onlyAdverbs(context.text.slice(from, cue.start)))
  if (mention && /^[\s,—–-]*$/.test(context.text.slice(close, mention.start)) && cueAfter(mention.end)) return true
  const cue = cueAfter(close)
  if (cue && /^[\s,—–-]*$/.test(context.text.slice(close, cue.start))) return true
  // Dash attribution: “…” — Name
  if (/^\s*[—–-]+\s*\p{Lu}/u.test(after)) return true
  return false
}


const startsUppercase = /^\p{Lu}/u

/** A proper name or a Title Case phrase quoted inside ordinary prose. */
function isQuotedName(context: RuleContext, isCommonWord: (lower: string) => boolean): boolean {
  if (context.headline) return false
  // Every word is capitalised, the first one too: look at its first letter before splitting anything.
  const {text, quote} = context
  let first = quote.start
  while (first < quote.end && isWhiteSpace(text.charCodeAt(first))) first++
  if (first === quote.end || !startsUppercase.test(text.slice(first, first + 2))) return false
  const words = context.quote.text.trim().replace(/[.,;:!?…]+$/u, '').split(/\s+/)
  if (words.length === 0 || words.length > 6) return false
  const minor = /^(?:a|an|the|of|and|or|for|in|on|at|to|with|is|are|as|by|from|into|vs\.?|&|de|la|le|von|van)$/
  const capitalised = words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && minor.test(word)))
  if (!capitalised) return false
  // One capitalised word that the document also uses as an ordinary word is emphasis, not a name.
  return !(words.length === 1 && isCommonWord(words[0]!.toLowerCase()))
}
