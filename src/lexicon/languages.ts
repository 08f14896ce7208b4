/**
 * Names of languages, lowercase: after “Latin for” or “Spanish for” a quote glosses words
 * (“Si vis pacem,” Latin for “if you wish peace”), it is not what anyone said.
 */
export const languageNames: ReadonlySet<string> = new Set([
  'arabic', 'chinese', 'dutch', 'english', 'farsi', 'french', 'german', 'greek', 'hebrew', 'hindi', 'italian', 'japanese', 'korean',
  'latin', 'mandarin', 'cantonese', 'persian', 'polish', 'portuguese', 'russian', 'spanish', 'swahili', 'turkish', 'ukrainian', 'urdu',
  'yiddish', 'creole', 'gaelic', 'welsh', 'hawaiian', 'navajo', 'tagalog', 'vietnamese', 'swedish', 'norwegian', 'danish', 'finnish',
  'hungarian', 'czech', 'romanian', 'serbian', 'croatian', 'bengali', 'punjabi', 'tamil', 'pashto', 'dari', 'kurdish', 'amharic', 'somali'
])
