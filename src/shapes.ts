/**
 * Objects and lists made in one shape. V8 compiles a hot function for the
 * shapes (hidden classes) of the objects and lists it has met; one met only
 * later throws that code away, and the function is compiled again. In a fresh
 * process (each CLI worker) the attribution's largest functions were compiled
 * two to four times over the first thousand documents, about a second of
 * compiler time in each worker (`test/compile-once.test.ts` guards it).
 */

/**
 * An empty list in the shape of a filled list of objects or strings. `[]`
 * and `.map()` of an empty list are stored as lists of small integers instead.
 * Make a list that may stay empty with this, and `push` into it.
 */
export function emptyList<T>(): T[] {
  const list = [undefined as T]
  list.pop()
  return list
}

/**
 * `fields`, each set to 0, those given a fraction (`{weight: 0.5, count: 0}`)
 * stored as floating-point numbers from the start. A field first given a
 * whole number is stored as a small integer, and the first fraction stored
 * in it changes the object's shape.
 */
export function floatFields<T extends Record<string, number>>(fields: T): T {
  for (const key of Object.keys(fields) as Array<keyof T>) fields[key] = 0 as T[keyof T]
  return fields
}
