/** A quote's inside: from just after its opening mark to its closing mark (or its paragraph's end). */
export interface MarkSpan {
  readonly start: number
  readonly end: number
}

/** The outermost quotation-mark pairs of a document, in text order. */
export declare function markPairs(text: string): MarkSpan[]
