import {defineRule} from '../define-rule.js'
import {cueAfter, mentionAfter} from '../helpers.js'

/** “…,” said Lazar. / “…,” added the minister. */
export const quoteCueSpeaker = defineRule({
  id: 'quote-cue-speaker',
  description: 'A reporting verb then a speaker right after the quote: “…,” said Lazar / added the minister.',
  confidence: 0.95,
  match(context) {
    const cue = cueAfter(context, context.quote.close)
    if (!cue || !/^[\s,]*$/.test(context.text.slice(context.quote.close, cue.start))) return undefined
    const speaker = mentionAfter(context, cue.end, /^\s*$/, 3)
    return speaker && speaker.type !== 'pronoun' ? {speaker, cue} : undefined
  }
})
