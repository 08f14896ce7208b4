import {defineRule} from '../define-rule.js'
import {cueSubject, introducingCue, reportingClause} from '../helpers.js'

/** He added, “…” / Putin addressed the ex-hostages, stating, “…” / X told supporters: “…” */
export const speakerCueQuote = defineRule({
  id: 'speaker-cue-quote',
  description: 'A speaker and a reporting verb introducing the quote with a comma or colon: He added, “…” / X told supporters: “…”.',
  confidence: 0.9,
  match(context) {
    const cue = introducingCue(context)
    if (!cue) return undefined
    // “Rubio said that once the Senate goes on recess, “…””: the cue inside a reported clause is not the speaker's.
    const reported = reportingClause(context, cue)
    if (reported) return reported
    const speaker = cueSubject(context, cue)
    return speaker ? {speaker, cue} : undefined
  }
})
