// The English list of gender-detection-from-name: a CommonJS module exporting a Map.
declare module 'gender-detection-from-name/names/en.js' {
  const names: ReadonlyMap<string, 'male' | 'female'>
  export default names
}
