/**
 * English verb inflection, enough for reporting verbs: base, -s, -ed, -ing.
 */

const irregular: Record<string, readonly string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'written', 'writing'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
  sigh: ['sighs', 'sighed', 'sighing'],
  quip: ['quips', 'quipped', 'quipping'],
  admit: ['admits', 'admitted', 'admitting'],
  regret: ['regrets', 'regretted', 'regretting'],
  plead: ['pleads', 'pleaded', 'pled', 'pleading'],
  swear: ['swears', 'swore', 'sworn', 'swearing'],
  think: ['thinks', 'thought', 'thinking'],
  teach: ['teaches', 'taught', 'teaching'],
  bid: ['bids', 'bid', 'bidding'],
  forecast: ['forecasts', 'forecast', 'forecasting'],
  snap: ['snaps', 'snapped', 'snapping'],
  beg: ['begs', 'begged', 'begging'],
  brag: ['brags', 'bragged', 'bragging'],
  scoff: ['scoffs', 'scoffed', 'scoffing'],
  sniff: ['sniffs', 'sniffed', 'sniffing'],
  shrug: ['shrugs', 'shrugged', 'shrugging'],
  concur: ['concurs', 'concurred', 'concurring'],
  echo: ['echoes', 'echoed', 'echoing'],
  rejoin: ['rejoins', 'rejoined', 'rejoining'],
  dub: ['dubs', 'dubbed', 'dubbing'],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling']
}

/** All forms of a (regular or listed irregular) verb. */
export function inflect(verb: string): string[] {
  const known = irregular[verb]
  if (known) return [verb, ...known]
  const forms = [verb]
  if (/(?:s|x|z|ch|sh)$/.test(verb)) forms.push(verb + 'es')
  else if (/[^aeiou]y$/.test(verb)) forms.push(verb.slice(0, -1) + 'ies')
  else forms.push(verb + 's')
  if (verb.endsWith('e')) forms.push(verb + 'd', verb.slice(0, -1) + 'ing')
  else if (/[^aeiou]y$/.test(verb)) forms.push(verb.slice(0, -1) + 'ied', verb + 'ing')
  else forms.push(verb + 'ed', verb + 'ing')
  return forms
}
