// Where this project keeps what it builds and stores; the scripts and tests share these.
import path from 'node:path'

export const ROOT = path.resolve(__dirname, '..')
/** Built functions (`npm run build:functions`), as deployed and as run locally. */
export const FUNCTIONS_OUT = path.join(ROOT, 'build', 'functions')
/** The H5 build the local server serves (`npm run build:h5`). */
export const H5_OUT = path.join(ROOT, 'build', 'h5')
/** The mini-program build (`npm run build:weapp`), what WeChat DevTools opens. */
export const WEAPP_OUT = path.join(ROOT, 'dist')
export const CLOUDBASERC = path.join(ROOT, 'cloudbaserc.json')
/** Demo article pages imported on first start (a copy of the shared fixture, so a clone runs alone). */
export const SEED_ARTICLES = path.join(ROOT, 'database', 'seed', 'articles')

/** The local data directory: `DATA_DIR`, else `.data/` in the checkout. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || path.join(ROOT, '.data'))
}
