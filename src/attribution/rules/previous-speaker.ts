import type {AttributedSpan, RuleContext} from '../../types.js'
import {defineRule} from '../define-rule.js'

/**
 * A quote with no cue of its own continues the last speaker: the one before
 * it in its paragraph, or the one that closed the previous paragraph.
 */
/** The last quote that is speech, looking back no further than the previous paragraph (so the look costs the same for every quote). */
function lastSpeech(previous: RuleContext['previous'], paragraph: number): AttributedSpan | undefined {
  for (let index = previous.length - 1; index >= 0 && previous.length - index <= 64; index--) {
    const quote = previous[index]!
    if (quote.paragraph < paragraph - 1) return undefined
    if (quote.kind !== 'mention') return quote
  }
  return undefined
}

export const previousSpeaker = defineRule({
  id: 'previous-speaker',
  description: 'A quote with no cue in its sentence that opens its paragraph or follows a quote of the same paragraph keeps the last speaker.',
  confidence: 0.7,
  match(context) {
    if (context.quote.kind === 'mention') return undefined
    const last = lastSpeech(context.previous, context.paragraph.index)
    if (!last?.speaker) return undefined
    // Cues and names of the sentence are the last quote's own attribution when they stand between the two quotes
    // with its speaker: “…,” said Ann Lee, 20, of Tampa, Fla. “…”
    const own = (range: {start: number; end: number}) => range.start >= last.close && range.end <= context.quote.open
    const attributionBetween = own(last.speaker.mention)
    const isOwn = (range: {start: number; end: number}) => attributionBetween && own(range)
    if (context.cues.some((cue) => !isOwn(cue))) return undefined
    if (context.mentions.some((mention) => (mention.type === 'name' || mention.type === 'description') && !isOwn(mention))) return undefined
    const samePargraph = last.paragraph === context.paragraph.index
    const opensParagraph = context.quote.open === context.paragraph.start && last.paragraph === context.paragraph.index - 1
    return samePargraph || opensParagraph ? {speaker: last.speaker} : undefined
  }
})
