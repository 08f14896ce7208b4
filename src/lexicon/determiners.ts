/**
 * Words that open a noun phrase: what makes “the announcer”, “a friend” or
 * “my father” a mention of someone, whatever the noun. Lowercase.
 */

/** Determiners of a definite phrase: it points at someone the text may have named (“the coach”, “his surrogates”). */
export const definiteDeterminers: ReadonlySet<string> = new Set(['the', 'this', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'its', 'their'])

/** Determiners of an indefinite phrase: someone left unnamed (“a friend”, “one questioner”, “two lawmakers”). */
export const indefiniteDeterminers: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'another', 'some', 'many', 'several', 'few', 'both', 'each', 'every', 'other', 'most', 'all',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands'
])

/** Auxiliaries and adverbs that may stand between a subject and its reporting verb (“my father often said”, “the family has called”). */
export const verbPreludes: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  'also', 'then', 'often', 'later', 'again', 'once', 'simply', 'still', 'just', 'never', 'always', 'even', 'first', 'now', 'since',
  'soon', 'too', 'however', 'herself', 'himself', 'themselves', 'itself', 'been', 'not', 'previously', 'reportedly', 'recently'
])

/** Prepositions: a phrase after one (“through the streets”, “after the vote”) is no verb’s subject. */
export const prepositions: ReadonlySet<string> = new Set([
  'to', 'by', 'with', 'for', 'of', 'from', 'at', 'in', 'on', 'about', 'against', 'toward', 'towards', 'between', 'among', 'than',
  'like', 'after', 'before', 'during', 'through', 'under', 'over', 'since', 'into', 'onto', 'despite', 'behind', 'across', 'within',
  'without', 'upon', 'amid', 'near', 'beside', 'besides', 'beyond', 'until', 'via', 'per', 'around', 'throughout', 'inside', 'outside'
])

/** Auxiliaries of the passive: “the winner was declared”, “his staff were told” (the phrase is spoken to or of, not speaking). */
export const passiveAuxiliaries: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets'])
