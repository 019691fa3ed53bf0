// cloudbaserc.json placeholders locally: the process environment wins, else a key generated once
// per data directory and kept there.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { resolveEnvVariables } from '../../../local-cloudbase/functions/local-secrets'

test('literal values pass, placeholders get one stable generated key per data directory', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'futian-secrets-'))
  const first = resolveEnvVariables({ MODE: 'local', KEY: '{{env.TEST_DATA_KEY_UNSET}}' }, dir)
  expect(first.MODE).toBe('local')
  expect(Buffer.from(first.KEY, 'base64')).toHaveLength(32)
  expect(resolveEnvVariables({ KEY: '{{env.TEST_DATA_KEY_UNSET}}' }, dir).KEY).toBe(first.KEY)
  const other = mkdtempSync(path.join(os.tmpdir(), 'futian-secrets-'))
  expect(resolveEnvVariables({ KEY: '{{env.TEST_DATA_KEY_UNSET}}' }, other).KEY).not.toBe(first.KEY)
})

test('a value in the process environment wins', () => {
  process.env.TEST_DATA_KEY_SET = 'from-env'
  expect(resolveEnvVariables({ KEY: '{{ env.TEST_DATA_KEY_SET }}' }, undefined).KEY).toBe('from-env')
  delete process.env.TEST_DATA_KEY_SET
})
