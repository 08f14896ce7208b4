/**
 * Nouns of voiced speech, lowercase: “chants of ‘Ted! Ted!’”, “cries of ‘Bitch!’”, “‘BERNIE!’
 * chants”. What they introduce was said aloud, by the crowd or whoever utters it, even when it is
 * a name or a slogan.
 */
export const voicedSpeechNouns: ReadonlySet<string> = new Set([
  'chant', 'chants', 'cry', 'cries', 'shout', 'shouts', 'call', 'calls', 'chorus', 'choruses', 'scream', 'screams', 'cheer', 'cheers',
  'yell', 'yells', 'roar', 'roars', 'jeer', 'jeers', 'boo', 'boos', 'refrain', 'refrains', 'singalong', 'sing-along'
])
