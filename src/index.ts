export {extractQuotes} from './extract.js'
export {extractStream} from './stream.js'
export type {StreamDocument, StreamOptions, StreamResult} from './stream.js'
export {clusterQuotes, ClusterIndex} from './cluster/cluster.js'
export {defaultRules} from './attribution/default-rules.js'
export {defineRule} from './attribution/define-rule.js'
export {quotePlaceholder} from './attribution/context.js'
export {cueAfter, mentionAfter, subjectBefore} from './attribution/helpers.js'
export {markPairs} from './quotes/marks.js'
export {renderReport} from './report/page.js'
export type {ReportInput, ReportOptions} from './report/data.js'
export {default as retextWhosaid} from './retext.js'
export type {
  AttributedSpan,
  Cluster,
  ClusterItem,
  ClusterMember,
  ClusterOptions,
  CueCandidate,
  Entity,
  Extraction,
  Finding,
  MentionCandidate,
  Options,
  Quote,
  QuoteKind,
  ResolvedSpeaker,
  Rule,
  RuleContext,
  RuleMatch,
  SourceFormat,
  Span,
  Speaker,
  SpeakerKind,
  TextRange
} from './types.js'
