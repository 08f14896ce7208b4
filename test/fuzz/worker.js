// Runs whosaid (the built package, dist/) in a worker thread for the fuzz suite, so that a
// test can stop a run that takes too long (a hang is then a failure, not a stuck suite) and
// can give it a smaller stack. Messages: {source, format, cluster?} → {ms} or {error}.
import {parentPort} from 'node:worker_threads'

const {extractQuotes, clusterQuotes} = await import(new URL('../../dist/index.js', import.meta.url).href)

parentPort.on('message', ({source, format, cluster}) => {
  const started = performance.now()
  try {
    if (cluster) clusterQuotes([{id: '1', text: source}])
    else extractQuotes(source, {format})
    parentPort.postMessage({ms: performance.now() - started})
  } catch (error) {
    parentPort.postMessage({error: `${error?.name}: ${error?.message}`, stack: String(error?.stack ?? "")})
  }
})
parentPort.postMessage({ready: true})
