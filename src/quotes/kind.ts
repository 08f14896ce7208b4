/**
 * Is a quote an utterance of its own (`full`), a fragment inside the
 * writer's sentence (`partial`), or words quoted as words (`mention`)?
 *
 * - mention: after “the word(s)”, “the term”, “so-called”, “dubbed”, a title
 *   noun (“the film”); joined by “or”/“and” to such a quote; a proper name or
 *   a Title Case phrase quoted inside ordinary prose (scare quotes, titles),
 *   also right after a possessive or preposition (told ABC’s “This Week.”);
 *   the label or link of a link line (“Related:”, READ MORE: “…”).
 * - full: begins with a capital, and stands alone in its sentence: nothing
 *   before it but an introduction (“He added,” / “X told supporters:”) and
 *   nothing after it but an attribution (“, Putin said.”).
 * - partial: everything else.
 */

import type {QuoteKind, RuleContext} from '../types.js'
import {onlyAdverbs} from '../attribution/helpers.js'

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
  'documentary', 'podcast', 'series'
]
/** Verbs of naming: “dubbed”, “known as”. */
const namingWords = ['dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'labeled', 'labelled', 'branded', 'known as', 'spelled', 'spelt', 'coined']
/** Names of laws and plans: “the Clean Air Act” (capitalised: “the new law” is no name). */
const lawNouns = ['Act', 'Bill', 'Plan', 'Law']

const determinerThen = String.raw`\b(?:the|a|an|this|that|these|those|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?`
const wordsAsWords = new RegExp(
  String.raw`(?:${determinerThen}(?:${wordNouns.join('|')})s?|\bso[- ]called|\b(?:${namingWords.join('|')})|\bOperation)\s*[,:]?\s*$`,
  'iu'
)
/** A work noun right before the quote, set off by a comma at most (after a colon the work is quoted). */
const titleOfWork = new RegExp(String.raw`${determinerThen}(?:${workNouns.join('|')})s?\s*,?\s*$`, 'iu')
const namedLaw = new RegExp(String.raw`\b[Tt]he\s+\p{Lu}[\p{L}-]*\s+(?:${lawNouns.join('|')})\s*,?\s*$`, 'u')
/** The last word the patterns above can end on: they run only when the text before a quote ends on one. */
const lastWords = new Set(
  [...wordNouns, ...workNouns].flatMap((noun) => [noun, `${noun}s`]).concat('so-called', 'called', ...namingWords.map((phrase) => phrase.split(' ').pop()!), 'operation', ...lawNouns).map((value) => value.toLowerCase())
)
/** A title begins with a capital or a digit. */
const titleStart = /^\W*[\p{Lu}\p{N}]/u
const letter = /[\p{L}-]/u

/** Characters before a quote that the end-anchored patterns below read: more than any of them spans. */
const tailLength = 64

const coordinated = /["”’»]\s*(?:,|or|and|nor|,\s*or|,\s*and)\s*$/u

/** Classify one quote. `previousKind` is the kind of the quote just before it in the same sentence, if any. */
export function classifyKind(
  context: RuleContext,
  previousKind: QuoteKind | undefined,
  isCommonWord: (lower: string) => boolean = () => false
): QuoteKind {
  const {quote, before} = context
  if (introducesWordsAsWords(before, quote.text) || isLinkLine(context)) return 'mention'
  if (previousKind === 'mention' && coordinated.test(before.slice(-tailLength))) return 'mention'
  const standsAlone = introduced(context) && attributedOrEnds(context)
  if (!standsAlone && !rightAfterSpeechVerb(context) && isQuotedName(context, isCommonWord)) return 'mention'
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
  const minor = /^(?:a|an|the|of|and|or|for|in|on|at|to|with|de|la|le|von|van)$/
  const capitalised = words.every((word, index) => /^\p{Lu}/u.test(word) || (index > 0 && minor.test(word)))
  if (!capitalised) return false
  // One capitalised word that the document also uses as an ordinary word is emphasis, not a name.
  return !(words.length === 1 && isCommonWord(words[0]!.toLowerCase()))
}
