import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'

/** “…,” according to the ministry. */
export const quoteAccordingTo = defineRule({
  id: 'quote-according-to',
  description: 'A source phrase then a speaker right after the quote: “…,” according to the ministry / in the words of X.',
  confidence: 0.9,
  match(context) {
    const cue = context.cues.find((candidate) => candidate.type === 'source' && candidate.start >= context.quote.close)
    if (!cue || !/^[\s,]*$/.test(context.text.slice(context.quote.close, cue.start))) return undefined
    const speaker = mentionAfter(context, cue.end, /^\s*$/, 3)
    return speaker ? {speaker, cue} : undefined
  }
})
