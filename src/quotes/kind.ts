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
const wordsAsWords = new RegExp(
  String.raw`(?:${determinerThen}(?:${wordNouns.join('|')})s?|\bso[- ]called|\b(?:${namingWords.join('|')})|\bOperation|\b(?:${[...languageNames].join('|')})\s+for)\s*[,:]?\s*$`,
  'iu'
)
/** “In her words,” / “in Forbes’ own words:” introduce what was said, not words as words. */
const inTheirWords = /\bin\s+(?:his|her|their|its|my|our|\p{Lu}[\p{L}.-]*['’]s?)\s+(?:own\s+)?words?\s*[,:]?\s*$/u
/** A work noun right before the quote, set off by a comma at most (after a colon the work is quoted). */
const titleOfWork = new RegExp(String.raw`${determinerOrOwnerThen}(?:${workNouns.join('|')})s?\s*,?\s*$`, 'iu')
const namedLaw = new RegExp(String.raw`\b[Tt]he\s+\p{Lu}[\p{L}-]*\s+(?:${lawNouns.join('|')})\s*,?\s*$`, 'u')
/** The last word the patterns above can end on: they run only when the text before a quote ends on one. */
const lastWords = new Set(
  [...wordNouns, ...workNouns]
    .flatMap((noun) => [noun, `${noun}s`])
    .concat('so-called', 'called', ...namingWords.map((phrase) => phrase.split(' ').pop()!), 'operation', ...lawNouns, 'for')
    .map((value) => value.toLowerCase())
)
/** A title begins with a capital or a digit. */
const titleStart = /^\W*[\p{Lu}\p{N}]/u
const letter = /[\p{L}-]/u

/** Characters before a quote that the end-anchored patterns below read: more than any of them spans. */
const tailLength = 64

const coordinated = /["”’»]\s*(?:,|or|and|nor|,\s*or|,\s*and)\s*$/u

/** Classify one quote. `previousKind` is the kind of the quote just before it in the same sentence, if any. */
export function classifyKind(context: RuleContext, previousKind: QuoteKind | undefined, document: KindDocument = plainDocument): QuoteKind {
  const {quote, before} = context
  const nickname = namedBySomeone(context)
  if ((introducesWordsAsWords(before, quote.text) && !nickname) || isLinkLine(context) || isTitleWithAuthor(context) || isInterfaceLabel(context)) return 'mention'
  if (document.doubleMarks && isSubhead(context)) return 'mention'
  if (previousKind === 'mention' && coordinated.test(before.slice(-tailLength))) return 'mention'
  const standsAlone = introduced(context) && attributedOrEnds(context)
  const named = (): boolean => isQuotedName(context, document.isCommonWord)
  if (!standsAlone && !rightAfterSpeechVerb(context) && !voiced(context) && !nickname && named()) return 'mention'
  if (standsAlone && rightAfterTelling(context) && named()) return 'mention'
  const first = /[\p{L}\p{N}]/u.exec(quote.text)?.[0] ?? ''
  const capital = first !== '' && first === first.toUpperCase()
  return capital && standsAlone ? 'full' : 'partial'
}

/** Whether the text before a quote introduces words as words or a title. */
function introducesWordsAsWords(before: string, quoted: string): boolean {
  // The pattern ends at the end of \`before\` and spans a few words: a cheap look at the last word first, then only the tail is searched.
  let end = before.length
  while (end > 0 && /[\s,:]/.test(before[end - 1]!)) end--
  let start = end
  while (start > 0 && end - start < 40 && letter.test(before[start - 1]!)) start--
  if (start === end || !lastWords.has(before.slice(start, end).toLowerCase())) return false
  const tail = before.slice(-160)
  if (inTheirWords.test(tail)) return false
  return wordsAsWords.test(tail) || (titleStart.test(quoted) && (titleOfWork.test(tail) || namedLaw.test(tail)))
}

/** Labels of link lines and teasers: “Related:”, READ MORE: ‘…’, WATCH: “…”. */
const linkLabel = /^(?:read more|more|related|related stories|watch|listen|see also|also read|also see|click here|recommended|trending|latest|photos?|video)\s*:$/iu

/** A quote that is the label of a link line, or the link after such a label. */
function isLinkLine(context: RuleContext): boolean {
  const {quote, paragraph} = context
  const label = quote.text.trim()
  if (label.length <= 30 && linkLabel.test(label)) return true
  return linkLabel.test(context.text.slice(paragraph.start, quote.open).trim())
}

/** Click “sign up.” / clicking the "subscribe" button: the label of a button or link, not speech. */
function isInterfaceLabel(context: RuleContext): boolean {
  return /\b(?:click|clicks|clicked|clicking|tap|taps|tapped|tapping|press|pressing)\s+(?:on\s+)?(?:the\s+)?$/iu.test(context.before.slice(-tailLength)) || /^\s*(?:button|link|tab|icon)s?\b/iu.test(context.after)
}

/** Months and weekdays, in full or abbreviated: “by Monday” dates a quote, it names no author (“by Marcus Lee” does). */
const dateWords: ReadonlySet<string> = new Set([...monthNames, ...weekdayNames, ...calendarAbbreviations])

/** A title followed by its author: According to “The Trumps: Three Generations,” by Gwenda Blair / —“Met accused of …,” by Post’s Kathianne Boniello. */
function isTitleWithAuthor(context: RuleContext): boolean {
  if (!titleStart.test(context.quote.text)) return false
  const author = /^\s*,?\s*by\s+(\p{Lu}[\p{L}]*)/u.exec(context.after)
  return author !== null && !dateWords.has(author[1]!.toLowerCase())
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
function introduced(context: RuleContext): boolean {
  const before = context.before.trimEnd()
  // End-anchored patterns see only the tail: V8 would try them from every position of a long sentence.
  const tail = before.slice(-tailLength)
  if (before === '' || /[:—–]$/.test(tail) || /^[-–—•*]+$/.test(before)) return true
  if (objectSlot.test(tail)) return false
  const lastCue = context.cues.filter((cue) => cue.end <= context.quote.open).pop()
  if (!lastCue) return false
  const between = context.text.slice(lastCue.end, context.quote.open)
  // “He added, ”, “she told reporters: ”, “stating, ”
  return /^(?:\s+[\p{L}’'-]+){0,4}\s*[,:]?\s*$/u.test(between) && !/\b(?:that|whether|if)\b/.test(between)
}

/** Verbs that also name or address (a film called “X”, told “Fox and Friends”): a name after them stays a name. */
const namingOrAddressing = /^(?:call|calls|called|calling|tell|tells|told|telling)$/iu

/** A speech verb right before the quote (She declared “What a Night!”): the quote is what was said, not a name. */
function rightAfterSpeechVerb(context: RuleContext): boolean {
  const cue = context.cues.filter((candidate) => candidate.end <= context.quote.open).pop()
  if (!cue || cue.type === 'noun' || namingOrAddressing.test(context.text.slice(cue.start, cue.end))) return false
  return /^\s*[,:]?\s*$/.test(context.text.slice(cue.end, context.quote.open))
}

/** A verb of telling right before the quote: Fiorina told “Fox and Friends,” …: what follows is the one told, when it is a name. */
function rightAfterTelling(context: RuleContext): boolean {
  const cue = context.cues.filter((candidate) => candidate.end <= context.quote.open).pop()
  if (!cue || !/^(?:tell|tells|told|telling)$/iu.test(context.text.slice(cue.start, cue.end))) return false
  return /^\s*,?\s*$/.test(context.text.slice(cue.end, context.quote.open))
}

/** Chants of “Ted! Ted!” / “BERNIE!” chants: a noun of voiced speech right before (with “of”) or right after the quote. */
function voiced(context: RuleContext): boolean {
  const before = /([\p{L}-]+)\s+of\s*$/u.exec(context.before.slice(-tailLength))
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

function namedBySomeone(context: RuleContext): boolean {
  const tail = context.before.slice(-tailLength)
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


/** A proper name or a Title Case phrase quoted inside ordinary prose. */
function isQuotedName(context: RuleContext, isCommonWord: (lower: string) => boolean): boolean {
  if (context.headline) return false
  const words = context.quote.text.trim().replace(/[.,;:!?…]+$/u, '').split(/\s+/)
  if (words.length === 0 || words.length > 6) return false
  const minor = /^(?:a|an|the|of|and|or|for|in|on|at|to|with|is|are|as|by|from|into|vs\.?|&|de|la|le|von|van)$/
  const capitalised = words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && minor.test(word)))
  if (!capitalised) return false
  // One capitalised word that the document also uses as an ordinary word is emphasis, not a name.
  return !(words.length === 1 && isCommonWord(words[0]!.toLowerCase()))
}
