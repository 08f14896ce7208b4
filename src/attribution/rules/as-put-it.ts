import type {MentionCandidate, RuleContext, TextRange} from '../../types.js'
import {defineRule} from '../define-rule.js'

const phrase = String.raw`((?:[\p{L}\d’'.-]+\s+){1,6}?)(?:(?:has|had|once|later|might|may|would|could|will|can|should|so|aptly)\s+){0,2}(?:put|puts|putting|phrased|phrases)\s+it`
/** “…,” as a Homeland Security memo put it. */
const after = new RegExp(String.raw`^[\s,]*as\s+${phrase}(?![\p{L}])`, 'iu')
/** As the columnist puts it, “…” */
const before = new RegExp(String.raw`(?<![\p{L}])as\s+${phrase}\s*[,:]?\s*$`, 'iu')

/** The name inside the phrase (“the columnist Dana Ruiz”), else the whole phrase (“a union leaflet”, “she”). */
function speakerIn(context: RuleContext, start: number, end: number): MentionCandidate | TextRange {
  return context.mentions.find((mention) => mention.type === 'name' && mention.start >= start && mention.end <= end) ?? {start, end}
}

/** “…,” as a Homeland Security memo put it / As the columnist Dana Ruiz puts it, “…” */
export const asPutIt = defineRule({
  id: 'as-put-it',
  description: 'The speaker in “as X put it” right after or right before the quote: “…,” as one nurse put it / As the columnist Dana Ruiz puts it, “…”.',
  confidence: 0.9,
  match(context) {
    const {close, open} = context.quote
    const following = after.exec(context.text.slice(close, Math.min(context.sentence.end, close + 120)))
    if (following) {
      const start = close + following[0].indexOf(following[1]!, following[0].search(/as\s/i) + 2)
      return {speaker: speakerIn(context, start, start + following[1]!.trimEnd().length)}
    }
    const tail = context.before.slice(-120)
    const preceding = before.exec(tail)
    if (!preceding) return undefined
    const start = open - tail.length + preceding.index + preceding[0].indexOf(preceding[1]!, 2)
    return {speaker: speakerIn(context, start, start + preceding[1]!.trimEnd().length)}
  }
})
