import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'

/** “…,” according to the ministry. */
export const quoteAccordingTo = defineRule({
  id: 'quote-according-to',
  description: 'A source phrase after the quote: “…,” according to the ministry / in the words of X / in her words.',
  confidence: 0.9,
  match(context) {
    const cue = context.cues.find((candidate) => candidate.type === 'source' && candidate.start >= context.quote.close)
    if (!cue || !/^[\s,]*$/.test(context.text.slice(context.quote.close, cue.start))) return undefined
    // “in her words”: the owner is the speaker.
    const owner = /^in (his|her|their|its) words$/i.exec(cue.text)
    if (owner) return {speaker: {start: cue.start + 3, end: cue.start + 3 + owner[1]!.length}, cue}
    const speaker = mentionAfter(context, cue.end, /^\s*$/, 3)
    return speaker ? {speaker, cue} : undefined
  }
})
