import {defineRule} from '../define-rule.js'

/** his expression of “gratitude …” / Putin’s remarks, “…” / the mayor’s claim that there were “…” */
export const ownerNounQuote = defineRule({
  id: 'owner-noun-quote',
  description: 'A reporting noun owned by the speaker leads to the quote: his expression of “…” / the minister’s remarks: “…” / her claim that the plan was “…”.',
  confidence: 0.8,
  match(context) {
    const {open} = context.quote
    const cue = context.cues.findLast((candidate) => candidate.type === 'noun' && candidate.end <= open)
    if (!cue) return undefined
    const between = context.text.slice(cue.end, open)
    // “her promise of “…””, or a short clause after “that”: “his claim that there have been “…”” (not “… as “…””, someone else’s words for it).
    if (/\sas\s*$/.test(between) || !(/^(?:\s+(?:of|about|that|to))?\s*[,:]?\s*$/.test(between) || /^\s+that(?:\s+[\p{L}\d’'-]+){1,8}\s*$/u.test(between))) return undefined
    const owner = context.mentions.findLast((mention) => mention.end <= cue.start && cue.start - mention.end <= 25)
    return owner ? {speaker: owner, cue} : undefined
  }
})
