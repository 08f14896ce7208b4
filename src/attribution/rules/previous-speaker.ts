import {defineRule} from '../define-rule.js'

/**
 * A quote with no cue of its own continues the last speaker: the one before
 * it in its paragraph, or the one that closed the previous paragraph.
 */
export const previousSpeaker = defineRule({
  id: 'previous-speaker',
  description: 'A quote with no cue in its sentence that opens its paragraph or follows a quote of the same paragraph keeps the last speaker.',
  confidence: 0.7,
  match(context) {
    if (context.cues.length > 0 || context.quote.kind === 'mention') return undefined
    if (context.mentions.some((mention) => mention.type === 'name' || mention.type === 'description')) return undefined
    const last = [...context.previous].reverse().find((quote) => quote.kind !== 'mention')
    if (!last?.speaker) return undefined
    const samePargraph = last.paragraph === context.paragraph.index
    const opensParagraph = context.quote.open === context.paragraph.start && last.paragraph === context.paragraph.index - 1
    return samePargraph || opensParagraph ? {speaker: last.speaker} : undefined
  }
})
