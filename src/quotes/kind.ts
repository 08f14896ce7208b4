/**
 * Is a quote an utterance of its own (`full`), a fragment inside the
 * writer's sentence (`partial`), or words quoted as words (`mention`)?
 *
 * - mention: after “the word(s)”, “the term”, “so-called”, “dubbed”, a title
 *   noun (“the film”); joined by “or”/“and” to such a quote; a proper name or
 *   a Title Case phrase quoted inside ordinary prose (scare quotes, titles).
 * - full: begins with a capital, and stands alone in its sentence: nothing
 *   before it but an introduction (“He added,” / “X told supporters:”) and
 *   nothing after it but an attribution (“, Putin said.”).
 * - partial: everything else.
 */

import type {QuoteKind, RuleContext} from '../types.js'
import {onlyAdverbs} from '../attribution/helpers.js'

const wordsAsWords =
  /(?:\b(?:the|a|an|this|that|these|those|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:words?|terms?|phrases?|expressions?|labels?|slogans?|hashtags?|titles?|names?|nicknames?|mottos?|headlines?|songs?|books?|films?|movies?|novels?|albums?|shows?|series|operations?|programm?e?s?|campaigns?|projects?|initiatives?|tags?|designations?|monikers?|letters?|banners?|signs?|posters?|placards?|plays?|poems?|articles?|columns?|essays?|reports?|documentary|podcasts?|brands?)|\bso-called|\b(?:dubbed|nicknamed|titled|entitled|named|labell?ed|branded|known as|spelled|spelt|coined)|\bOperation|\bthe\s+\p{Lu}[\p{L}-]*\s+(?:Act|Bill|Plan|Law))\s*[,:]?\s*$/iu

const coordinated = /["”’»]\s*(?:,|or|and|nor|,\s*or|,\s*and)\s*$/u

/** Classify one quote. `previousKind` is the kind of the quote just before it in the same sentence, if any. */
export function classifyKind(
  context: RuleContext,
  previousKind: QuoteKind | undefined,
  isCommonWord: (lower: string) => boolean = () => false
): QuoteKind {
  const {quote, before} = context
  if (wordsAsWords.test(before)) return 'mention'
  if (previousKind === 'mention' && coordinated.test(before)) return 'mention'
  const standsAlone = introduced(context) && attributedOrEnds(context)
  if (!standsAlone && isQuotedName(context, isCommonWord)) return 'mention'
  const first = /[\p{L}\p{N}]/u.exec(quote.text)?.[0] ?? ''
  const capital = first !== '' && first === first.toUpperCase()
  return capital && standsAlone ? 'full' : 'partial'
}

/** Nothing before the quote in its sentence but an introduction. */
function introduced(context: RuleContext): boolean {
  const before = context.before.trimEnd()
  if (before === '' || /[:—–]$/.test(before) || /^[-–—•*]+$/.test(before)) return true
  const lastCue = context.cues.filter((cue) => cue.end <= context.quote.open).pop()
  if (!lastCue) return false
  const between = context.text.slice(lastCue.end, context.quote.open)
  // “He added, ”, “she told reporters: ”, “stating, ”
  return /^(?:\s+[\p{L}’'-]+){0,4}\s*[,:]?\s*$/u.test(between) && !/\b(?:that|whether|if)\b/.test(between)
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
