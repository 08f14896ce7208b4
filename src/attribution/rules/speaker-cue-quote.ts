import {defineRule} from '../define-rule.js'
import {cueSubject, introducingCue, mentionAfter} from '../helpers.js'

/** He added, “…” / Putin addressed the ex-hostages, stating, “…” / X told supporters: “…” */
export const speakerCueQuote = defineRule({
  id: 'speaker-cue-quote',
  description: 'A speaker and a reporting verb introducing the quote with a comma or colon: He added, “…” / X told supporters: “…”.',
  confidence: 0.9,
  match(context) {
    const cue = introducingCue(context)
    if (!cue) return undefined
    const subject = cueSubject(context, cue)
    if (subject) return {speaker: subject, cue}
    // “Said Ellis: “…””: a verb opening the sentence has its speaker right after it.
    if (context.text.slice(context.sentence.start, cue.start).trim() !== '') return undefined
    const inverted = mentionAfter(context, cue.end, /^\s+$/, 3)
    return inverted && inverted.type !== 'pronoun' ? {speaker: inverted, cue} : undefined
  }
})
