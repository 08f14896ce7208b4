/**
 * Words after which a name is an object, not a subject: “to Putin”,
 * “told Putin”, “thanked Lazar”. Used to find who is speaking in a clause.
 */

export const objectPosition =
  /\b(?:to|by|with|for|of|from|at|in|on|about|against|toward|towards|between|among|than|like|over|into|onto|upon|across|through|via|behind|beyond|alongside|thanking|thanked|thank|met|meet|meets|visit|visited|praised|told|tell|tells|telling|asked|ask|asks|urged)\s+$/i
