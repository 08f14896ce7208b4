/**
 * English function words: left out when comparing wordings, and never the
 * start of a name when capitalised at the head of a sentence.
 */

export const stopwords: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are aren’t as at be because been before being below ' +
    'between both but by can cannot could couldn’t did didn’t do does doesn’t doing don’t down during each even ever ' +
    'every few for from further had hadn’t has hasn’t have haven’t having he her here hers herself him himself his how ' +
    'i if in into is isn’t it it’s its itself just let me more most much must my myself no nor not now of off on once ' +
    'one only or other ought our ours ourselves out over own same shall she should so some such than that the their ' +
    'theirs them themselves then there these they this those through thus to too under until up upon us very was ' +
    'wasn’t we were weren’t what when where which while who whom whose why will with won’t would wouldn’t yet you ' +
    'your yours yourself yourselves said say says told also still however may might many well like get got since ' +
    'whether within without via per among amid toward towards onto across along around behind beyond despite ' +
    'though although unless instead rather quite already almost'
  ).split(' ')
)
