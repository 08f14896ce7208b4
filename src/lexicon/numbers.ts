/** Cardinal numbers written as words, lowercase, in order from zero: `cardinalUnits[7]` is “seven”. */
export const cardinalUnits: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'
]

/** The tens from twenty, lowercase, in order: `cardinalTens[1]` is “thirty”. */
export const cardinalTens: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
