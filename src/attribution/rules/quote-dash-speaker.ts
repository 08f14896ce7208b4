import type {MentionCandidate, RuleContext} from '../../types.js'
import {defineRule} from '../define-rule.js'
import {mentionAfter} from '../helpers.js'
import {findMentions} from '../candidates.js'

/** A dash of any width (hyphen, en, em, horizontal bar ―) that signs a quote. */
const dash = /^\s*[-–—―]+\s*$/
/** What may follow the signature: the end, a comma and a title, a full stop, or the next quote of a list. */
const signatureEnd = /^(?:\s*$|\s*[,.;]|\s*[“"‘(]|\s*\n)/
/** A signature paragraph: a dash, then the name (“- Sanders.”, “-President Obama, tweeting after the speech.”). */
const signatureLine = /^[-–—―]+\s*(?=\p{Lu})/u
/** How much of the next paragraph is read for a signature. */
const maxSignature = 160

/**
 * “…” ¶ - Sanders. : the quote closes its paragraph and the next paragraph is only its signature
 * (fact checks and notebooks set the speaker under the quote).
 */
function signatureBelow(context: RuleContext): MentionCandidate | undefined {
  const {text, paragraph, quote} = context
  // The quote is its whole paragraph (not a phrase in a sentence that a wire credit follows: “… “my friend.” ¶ - Reuters.”).
  // (Read at most a few characters either side: a quote in a long paragraph must not cost the paragraph.)
  if (paragraph.end - quote.close > 8 || quote.open - paragraph.start > 8) return undefined
  if (!/^[\s.,!?)]*$/.test(text.slice(quote.close, paragraph.end)) || text.slice(paragraph.start, quote.open).trim() !== '') return undefined
  let start = paragraph.end
  while (start < text.length && start - paragraph.end < 8 && /\s/.test(text[start]!)) start++
  const line = text.slice(start, Math.min(text.length, start + maxSignature)).split('\n')[0]!
  const lead = signatureLine.exec(line)
  if (!lead) return undefined
  const from = start + lead[0].length
  const speaker = findMentions(text, [{start: from, end: start + line.length}], () => false)[0]
  if (!speaker || speaker.start !== from || speaker.type !== 'name') return undefined
  return signatureEnd.test(text.slice(speaker.end, speaker.end + 2)) ? speaker : undefined
}

/** “…” — Name, as under a pull quote, an epigraph or in a list of readers’ reactions. */
export const quoteDashSpeaker = defineRule({
  id: 'quote-dash-speaker',
  description: 'A dash then a name after the quote signs it: “…” — Keiko Tanaka / “…” ― Ana Ruiz, teacher / “…”— Ana Ruiz “next …” / “…” ¶ - Ana Ruiz.',
  confidence: 0.9,
  match(context) {
    const speaker = mentionAfter(context, context.quote.close, dash, 5)
    // A name that ends the signature; not a description running on (“” — the balloons fell”).
    if (!speaker || speaker.type !== 'name' || !signatureEnd.test(context.text.slice(speaker.end, speaker.end + 2))) {
      const below = signatureBelow(context)
      return below ? {speaker: below} : undefined
    }
    return {speaker}
  }
})
