/**
 * Small questions rules ask of a context: which mention stands right after
 * this offset, which cue, which subject before it. Exported for users who
 * write their own function rules.
 */

import type {MentionCandidate, RuleContext, TextRange} from '../types.js'
import {objectPosition} from '../lexicon/syntax.js'

/** Adverbs allowed between a speaker and a cue (“Putin simply said”, “he added with a sigh”). */
const adverb = /^(?:[\p{L}-]+ly|also|then|later|again|once|simply|in turn|finally|now|still|had|has|have|was|is|would|will|could|can|did|does)\s+/iu
const possessive = /^(?:his|her|its|their)$/i

/** Whether `between` holds nothing but spaces, commas and adverbs. */
export function onlyAdverbs(between: string): boolean {
  let rest = between.replace(/^[\s,]+/, '')
  for (let step = 0; step < 4 && rest !== ''; step++) {
    const match = adverb.exec(rest)
    if (!match) return false
    rest = rest.replace(/^[\s,]+/, '').slice(match[0].length)
  }
  return rest.replace(/[\s,]+/g, '') === ''
}

/** The speaker-like mention starting within `gap` characters after `offset`, with only `allowed` between. */
export function mentionAfter(context: RuleContext, offset: number, allowed = /^[\s,]*$/, gap = 6): MentionCandidate | undefined {
  const found = context.mentions.find((mention) => mention.start >= offset)
  if (!found || found.start - offset > gap || !allowed.test(context.text.slice(offset, found.start))) return undefined
  if (found.type === 'pronoun' && possessive.test(found.text) && !/^her$/i.test(found.text)) return undefined
  return found
}

/** The verb cue after `offset`, with only adverbs (and commas) between. */
export function cueAfter(context: RuleContext, offset: number): (TextRange & {text: string}) | undefined {
  const found = context.cues.find((cue) => cue.start >= offset)
  if (!found || found.start - offset > 40) return undefined
  if (!onlyAdverbs(context.text.slice(offset, found.start))) return undefined
  return found
}

/**
 * The subject of a cue: the nearest mention before it that is not owned
 * (“his”), not after a preposition (“to Putin”), and not inside a quote.
 */
export function subjectBefore(context: RuleContext, offset: number, maxWords = Number.POSITIVE_INFINITY): MentionCandidate | undefined {
  for (let index = context.mentions.length - 1; index >= 0; index--) {
    const mention = context.mentions[index]!
    if (mention.end > offset) continue
    const between = context.text.slice(mention.end, offset)
    if (between.split(/\s+/).filter(Boolean).length > maxWords) return undefined
    if (mention.type === 'pronoun' && possessive.test(mention.text)) continue
    if (/[’']s?$/.test(context.text.slice(mention.end, mention.end + 2)) && /^[’']/.test(context.text.slice(mention.end))) continue
    if (objectPosition.test(context.text.slice(Math.max(context.sentence.start, mention.start - 16), mention.start))) continue
    // A clause boundary (“;”, a sentence end) between them ends the search.
    if (/[;.!?]\s/.test(between)) return undefined
    return mention
  }
  return undefined
}
