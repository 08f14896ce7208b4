import {defineConfig} from 'tsup'

export default defineConfig({
  entry: ['src/index.ts', 'src/retext.ts', 'src/testing.ts', 'src/cli.ts', 'src/evaluation.ts'],
  format: ['esm'],
  target: 'node20',
  dts: {entry: ['src/index.ts', 'src/retext.ts', 'src/testing.ts']},
  clean: true,
  sourcemap: false,
  splitting: true
})
