/**
 * `whosaid cluster`: NDJSON lines `{"id", "text", "speaker"?, "document"?}`
 * in, statements out.
 */

import type {Readable} from 'node:stream'
import {ClusterIndex} from '../cluster/cluster.js'
import type {ClusterItem} from '../types.js'
import type {ClusterArguments} from './args.js'
import {readNdjson} from './inputs.js'
import type {Output} from './output.js'
import {printable} from './terminal.js'

export async function clusterCommand(options: ClusterArguments, paths: readonly string[], context: {stdin: Readable; output: Output; report: (line: string) => void}): Promise<number> {
  const {output, report} = context
  let failed = false
  const items: ClusterItem[] = []
  const seen = new Set<string>()
  const path = paths[0]!
  for await (const line of readNdjson(path === '-' ? context.stdin : path, path === '-' ? 'stdin' : path)) {
    if ('problem' in line) {
      failed = true
      report(`whosaid: ${printable(line.id)}: ${printable(line.problem)}`)
      continue
    }
    const record = line.value as {id?: unknown; text?: unknown; speaker?: unknown; document?: unknown}
    if (!record || (typeof record.id !== 'string' && typeof record.id !== 'number') || typeof record.text !== 'string') {
      failed = true
      report(`whosaid: ${printable(line.id)}: expected an object with \`id\` and a string \`text\``)
      continue
    }
    const id = String(record.id)
    if (seen.has(id)) {
      failed = true
      report(`whosaid: ${printable(line.id)}: duplicate id \`${printable(id)}\`: line ignored`)
      continue
    }
    seen.add(id)
    items.push({
      id,
      text: record.text,
      speaker: typeof record.speaker === 'string' ? record.speaker : null,
      document: typeof record.document === 'string' ? record.document : null
    })
  }
  const index = new ClusterIndex(options.options)
  index.addAll(items)
  const clusters = index.clusters().map((cluster) => ({
    id: cluster.id,
    speaker: cluster.speaker,
    representative: cluster.representative,
    members: cluster.members.map((member) => member.id)
  }))
  if (options.format === 'json') {
    await output.write(JSON.stringify({clusters}) + '\n')
  } else {
    const texts = new Map(items.map((item) => [item.id, item.text]))
    for (const cluster of clusters) {
      await output.write(printable(`${cluster.id} ${cluster.speaker ?? 'unknown speaker'}: ${cluster.members.map((member) => `${member} “${(texts.get(member) ?? '').slice(0, 50)}”`).join(' | ')}`) + '\n')
    }
  }
  return failed ? 1 : 0
}
