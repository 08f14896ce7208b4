import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'

/** “From day one,” Lazar had been working … (a quoted opening whose sentence goes on about its speaker). */
export const speakerAfterFragment = defineRule({
  id: 'speaker-after-fragment',
  description: 'A quote opening its sentence and followed straight away by a named subject: “From day one,” Lazar had been working ….',
  confidence: 0.6,
  match(context) {
    if (context.before.trim() !== '' || !/[,—–]$/.test(context.quote.text.trimEnd())) return undefined
    const speaker = mentionAfter(context, context.quote.close, /^\s*$/, 2)
    return speaker && speaker.type === 'name' ? {speaker} : undefined
  }
})
