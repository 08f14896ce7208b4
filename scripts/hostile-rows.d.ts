/** A row of issue 15's time table: how to make its document at `kb` kilobytes, and how to read it. */
export interface HostileRow {
  readonly format?: 'text' | 'html' | 'markdown'
  /** Clustered as one wording instead of extracted. */
  readonly cluster?: boolean
  /** Run through the CLI (benchmark only). */
  readonly cli?: boolean
  readonly make: (kb: number) => string
}

export declare const rows: Readonly<Record<string, HostileRow>>
export declare function news(kb: number): string
