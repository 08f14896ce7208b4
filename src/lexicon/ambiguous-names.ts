/**
 * First names given to men and women alike, or to men in one language and
 * women in another (Joan, Andrea, Jean): the first-name list answers one
 * gender for each, so for these whosaid guesses none and lets a title or a
 * role decide. Lowercase.
 */
export const ambiguousFirstNames: ReadonlySet<string> = new Set([
  'joan', 'andrea', 'jean', 'sasha', 'kim', 'jordan', 'taylor', 'morgan', 'alexis', 'robin', 'leslie', 'lesley',
  'lindsay', 'lindsey', 'jamie', 'casey', 'dana', 'kelly', 'tracy', 'tracey', 'shannon', 'carmen', 'nicola',
  'simone', 'michele', 'gabriele', 'daniele', 'ashley', 'sidney', 'sydney', 'lee', 'jody', 'jodie', 'terry', 'chris',
  'pat', 'sam', 'alex', 'jesse', 'jessie', 'marion', 'evelyn', 'shirley', 'val', 'laurence', 'claude', 'dominique',
  'camille', 'yannick', 'ariel', 'avery', 'blair', 'cameron', 'carey', 'cary', 'charlie', 'devon', 'drew', 'eli',
  'emerson', 'finley', 'frankie', 'gale', 'gail', 'hayden', 'jackie', 'jaime', 'jody', 'kai', 'kerry', 'kendall',
  'lane', 'loren', 'lynn', 'mackenzie', 'mel', 'micah', 'nikita', 'noel', 'paris', 'parker', 'peyton', 'quinn',
  'reese', 'riley', 'rory', 'rowan', 'sage', 'shawn', 'skyler', 'stacy', 'sunny', 'tatum', 'toni', 'tony', 'valery',
  'whitney', 'yuri', 'yu', 'min', 'jin', 'hyun', 'young', 'ali', 'nur', 'rene', 'rené', 'maria', 'mariano', 'luca',
  'andrei', 'nikola', 'misha', 'zhenya', 'valentine', 'kris', 'billie', 'bobbie', 'ricky', 'stevie', 'vic'
])
