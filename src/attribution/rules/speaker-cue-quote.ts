import {defineRule} from '../define-rule.js'
import {cueSubject, mentionAfter} from '../helpers.js'

/** He added, “…” / Putin addressed the ex-hostages, stating, “…” / X told supporters: “…” */
export const speakerCueQuote = defineRule({
  id: 'speaker-cue-quote',
  description: 'A speaker and a reporting verb introducing the quote with a comma or colon: He added, “…” / X told supporters: “…”.',
  confidence: 0.9,
  match(context) {
    const {open} = context.quote
    const cue = context.cues.filter((candidate) => candidate.end <= open && candidate.type === 'verb').pop()
    if (!cue) return undefined
    const between = context.text.slice(cue.end, open)
    // Up to a few words after the verb (“told supporters”, “said in a statement”), then a comma, colon or nothing.
    if (!/^(?:\s+[\p{L}’'-]+){0,6}\s*[,:]?\s*$/u.test(between) || /\b(?:that|whether|if)\b/i.test(between)) return undefined
    const subject = cueSubject(context, cue)
    if (subject) return {speaker: subject, cue}
    // “Said Ellis: “…””: a verb opening the sentence has its speaker right after it.
    if (context.text.slice(context.sentence.start, cue.start).trim() !== '') return undefined
    const inverted = mentionAfter(context, cue.end, /^\s+$/, 3)
    return inverted && inverted.type !== 'pronoun' ? {speaker: inverted, cue} : undefined
  }
})
