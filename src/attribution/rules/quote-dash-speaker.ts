import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'

/** “…” — Name, as under a pull quote or in a list of reactions. */
export const quoteDashSpeaker = defineRule({
  id: 'quote-dash-speaker',
  description: 'A dash then a name after the quote: “…” — Keiko Tanaka.',
  confidence: 0.9,
  match(context) {
    const speaker = mentionAfter(context, context.quote.close, /^\s*[—–-]+\s*$/, 5)
    return speaker && speaker.type !== 'pronoun' ? {speaker} : undefined
  }
})
