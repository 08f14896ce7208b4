import {defineRule} from '../define-rule.js'

/** his expression of “gratitude …” / Putin’s remarks, “…” */
export const ownerNounQuote = defineRule({
  id: 'owner-noun-quote',
  description: 'A reporting noun owned by the speaker leads to the quote: his expression of “…” / the minister’s remarks: “…”.',
  confidence: 0.8,
  match(context) {
    const {open} = context.quote
    const cue = context.cues.filter((candidate) => candidate.type === 'noun' && candidate.end <= open).pop()
    if (!cue || !/^(?:\s+(?:of|about|that|to))?\s*[,:]?\s*$/.test(context.text.slice(cue.end, open))) return undefined
    const owner = context.mentions.filter((mention) => mention.end <= cue.start && cue.start - mention.end <= 25).pop()
    return owner ? {speaker: owner, cue} : undefined
  }
})
