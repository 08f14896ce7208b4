/**
 * Words that open sentences capitalised but name nobody: sentence adverbs
 * and connectives (“Meanwhile, …”, “According to …”). Lowercase.
 */
export const sentenceOpeners: ReadonlySet<string> = new Set([
  'according', 'meanwhile', 'however', 'moreover', 'furthermore', 'instead', 'indeed', 'perhaps', 'maybe', 'today',
  'yesterday', 'tonight', 'tomorrow', 'later', 'earlier', 'finally', 'nevertheless', 'nonetheless', 'otherwise',
  'overall', 'separately', 'likewise', 'similarly', 'besides', 'regardless', 'afterward', 'afterwards', 'hence',
  'therefore', 'thus', 'good', 'well', 'yes', 'no', 'oh', 'ok', 'okay', 'asked', 'speaking', 'according'
])
