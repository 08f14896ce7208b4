// npm run bench: every benchmark in scripts/bench/, each in its own process (so one does not
// warm or fill the heap for the next), or only those named: `npm run bench -- cluster extract`.
import {spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const folder = fileURLToPath(new URL('bench/', import.meta.url))
const available = readdirSync(folder).filter((name) => name.endsWith('.js')).map((name) => name.slice(0, -3)).sort()
const wanted = process.argv.slice(2)
for (const name of wanted) {
  if (!available.includes(name)) {
    console.error(`bench: unknown benchmark \`${name}\`, expected one of ${available.join(', ')}`)
    process.exit(2)
  }
}
let failed = 0
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n## ${name}`)
  const result = spawnSync(process.execPath, [folder + name + '.js'], {stdio: 'inherit'})
  if (result.status !== 0) failed++
}
process.exit(failed ? 1 : 0)
