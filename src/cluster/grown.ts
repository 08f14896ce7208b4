/**
 * A copy of a typed array, `length` long (at least its own length): how
 * every growing array of the clustering index grows.
 */
export function grown<T extends Int32Array | Float64Array | Uint16Array | Uint8Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(Math.max(length, array.length))
  copy.set(array)
  return copy
}
