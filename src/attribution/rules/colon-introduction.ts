import {defineRule} from '../define-rule.js'
import {sentenceSubject} from '../helpers.js'

/** Martell was more blunt: “…” / The senator had a warning for donors: “…” */
export const colonIntroduction = defineRule({
  id: 'colon-introduction',
  description: 'A clause with no speech verb introduces the quote with a colon; its subject speaks: Martell was more blunt: “…”.',
  confidence: 0.75,
  match(context) {
    const {open} = context.quote
    // Read from the end: an end-anchored pattern would be tried from every position of a long sentence.
    if (!context.before.trimEnd().endsWith(':') || context.quote.kind === 'mention') return undefined
    const speaker = sentenceSubject(context, open)
    // A clause, not a label: a word of its own between the subject and the colon (“Breaking:” introduces nothing).
    if (!speaker || !/\s\p{Ll}/u.test(context.text.slice(speaker.end, open))) return undefined
    return {speaker}
  }
})
