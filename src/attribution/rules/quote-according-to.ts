import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'
import type {RuleContext, RuleMatch} from '../../types.js'

/** “…,” per the party’s bylaws: “per” is a source only right after a quote (“$5 per hour” is not). */
const per = /^[\s,]*per\s+((?:the\s+|a\s+|an\s+)?[\p{L}\d’'.-]+(?:\s+[\p{L}\d’'.-]+){0,4}?)(?=\s*(?:[.,;:!?]|$))/iu

function perSource(context: RuleContext): RuleMatch | undefined {
  const {close} = context.quote
  const found = per.exec(context.text.slice(close, Math.min(context.sentence.end, close + 80)))
  if (!found) return undefined
  const at = close + found[0].search(/per\s/i)
  const end = close + found[0].replace(/\.+$/, '').length
  const start = close + found[0].length - found[1]!.length
  const inside = context.mentions.find((mention) => mention.start >= start && mention.end <= end && mention.type !== 'pronoun')
  return {speaker: inside ?? {start, end}, cue: {start: at, end: at + 3}}
}

/** “…,” according to the ministry. */
export const quoteAccordingTo = defineRule({
  id: 'quote-according-to',
  description: 'A source phrase after the quote: “…,” according to the ministry / in the words of X / in her words / per the club’s rules.',
  confidence: 0.9,
  match(context) {
    const cue = context.cues.find((candidate) => candidate.type === 'source' && candidate.start >= context.quote.close)
    if (!cue || !/^[\s,]*$/.test(context.text.slice(context.quote.close, cue.start))) return perSource(context)
    // “in her words”: the owner is the speaker.
    const owner = /^in (his|her|their|its) words$/i.exec(cue.text)
    if (owner) return {speaker: {start: cue.start + 3, end: cue.start + 3 + owner[1]!.length}, cue}
    const speaker = mentionAfter(context, cue.end, /^\s*$/, 3)
    return speaker ? {speaker, cue} : undefined
  }
})
