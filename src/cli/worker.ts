/**
 * The body of a `--jobs` worker thread: documents in, outcomes out, one at a time.
 */

import {parentPort, workerData} from 'node:worker_threads'
import {processDocument, type DocumentSettings} from './document.js'
import type {InputDocument} from './inputs.js'

export function runWorker(): void {
  const {settings} = workerData as {settings: DocumentSettings}
  parentPort!.on('message', ({input, position}: {input: InputDocument; position: number}) => {
    parentPort!.postMessage(processDocument(input, settings, position))
  })
}
