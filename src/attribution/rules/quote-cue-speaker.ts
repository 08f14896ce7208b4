import {defineRule} from '../define-rule.js'
import {afterQuote, cueAfter, mentionAfter} from '../helpers.js'

/** “…,” said Lazar. / “…,” added the minister. */
export const quoteCueSpeaker = defineRule({
  id: 'quote-cue-speaker',
  description: 'A reporting verb then a speaker right after the quote: “…,” said Lazar / added the minister.',
  confidence: 0.95,
  match(context) {
    const close = afterQuote(context)
    const cue = cueAfter(context, close)
    if (!cue || !/^[\s,]*$/.test(context.text.slice(close, cue.start))) return undefined
    // A participle is no inverted attribution: in “…,” telling Fox 35 that … the phrase after it is its object.
    if (/ing$/.test(cue.text.split(/\s/)[0]!)) return undefined
    // “said Lazar”, “said the rabbi”, or a name behind a lowercase role: “said lawyer Nina Petrova”, “said 9/11 widow Ann Bell”.
    const speaker = mentionAfter(context, cue.end, /^\s*$/, 3) ?? mentionAfter(context, cue.end, /^\s+(?:[\p{Ll}\d/-]+\s+){1,3}$/u, 40)
    if (!speaker || speaker.type === 'pronoun') return undefined
    return speaker.start - cue.end > 3 && speaker.type !== 'name' ? undefined : {speaker, cue}
  }
})
