import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'

/** A dash of any width (hyphen, en, em, horizontal bar ―) that signs a quote. */
const dash = /^\s*[-–—―]+\s*$/
/** What may follow the signature: the end, a comma and a title, a full stop, or the next quote of a list. */
const signatureEnd = /^(?:\s*$|\s*[,.;]|\s*[“"‘(]|\s*\n)/

/** “…” — Name, as under a pull quote, an epigraph or in a list of readers’ reactions. */
export const quoteDashSpeaker = defineRule({
  id: 'quote-dash-speaker',
  description: 'A dash then a name after the quote signs it: “…” — Keiko Tanaka / “…” ― Ana Ruiz, teacher / “…”— Ana Ruiz “next …”.',
  confidence: 0.9,
  match(context) {
    const speaker = mentionAfter(context, context.quote.close, dash, 5)
    // A name that ends the signature; not a description running on (“” — the balloons fell”).
    if (!speaker || speaker.type !== 'name' || !signatureEnd.test(context.text.slice(speaker.end, speaker.end + 2))) return undefined
    return {speaker}
  }
})
