import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'

/** At most this many words of the sentence between the quote and its inverted cue. */
const maxTailWords = 16

/**
 * “…” for Clinton, said Kunin. / “…” like the recent volatility of markets, said Richard Curtin, the chief economist.
 * The sentence the quote opens runs on past its close; a comma, then an inverted reporting verb and the speaker end it.
 */
export const quoteTailCueSpeaker = defineRule({
  id: 'quote-tail-cue-speaker',
  description: 'The quote’s sentence runs on after it, then a comma, an inverted reporting verb and the speaker: “…” for Clinton, said Kunin / “…” in the 2008 primary, said professor Paul Beck.',
  confidence: 0.9,
  match(context) {
    const {close} = context.quote
    const cue = context.cues.find((candidate) => candidate.type === 'verb' && candidate.start > close && !/ing$/i.test(candidate.text) && /^\p{Ll}/u.test(candidate.text))
    if (!cue) return undefined
    const tail = context.text.slice(close, cue.start)
    // A run-on of the quote’s own clause: words, no sentence end, no other quote, a comma right before the verb.
    if (!/,\s+$/.test(tail) || /[.;:!?“”"]/.test(tail.slice(0, -2)) || tail.split(/\s+/).filter(Boolean).length > maxTailWords || /^[\s,]*$/.test(tail)) return undefined
    // A tail that opens with a mention is the speaker’s own phrase (“…,” Jeff Weaver, the manager, said), not a run-on.
    if (mentionAfter(context, close, /^[\s,]*$/, 3) || /^[\s,]*(?:his|her|their|its|my|our)\s/iu.test(tail)) return undefined
    const speaker = mentionAfter(context, cue.end, /^\s*$/, 3) ?? mentionAfter(context, cue.end, /^\s+(?:[\p{Ll}\d/-]+\s+){1,4}$/u, 50)
    if (!speaker || speaker.type === 'pronoun') return undefined
    return {speaker, cue}
  }
})
