import {defineRule} from '../define-rule.js'
import {cueSubject, reportingClause, subjectBefore} from '../helpers.js'

/** Putin said the release was possible due to “…” / what he called “…” / the “unprecedented” move, the minister said. */
export const cueInSentence = defineRule({
  id: 'cue-in-sentence',
  description: 'A fragment inside a sentence whose reporting verb has a subject: Putin said the release was due to “…” / what he called “…”.',
  confidence: 0.85,
  match(context) {
    const {open, close} = context.quote
    // The nearest verb before the quote whose subject we can find, else the first after it.
    const before = context.cues.filter((cue) => cue.type === 'verb' && cue.end <= open).reverse()
    for (const cue of before) {
      // “Trump said that Romney begged him … and “…””: a cue inside a reported clause is not the speaker's.
      const reported = reportingClause(context, cue)
      if (reported) return reported
      const speaker = cueSubject(context, cue)
      if (speaker) return {speaker, cue}
    }
    for (const cue of context.cues) {
      if (cue.type !== 'verb' || cue.start < close) continue
      const speaker = subjectBefore(context, cue.start, 4)
      if (speaker && speaker.start >= close) return {speaker, cue, confidence: 0.75}
    }
    return undefined
  }
})
