// Error replies in CloudBase's shape: `{ code, message, requestId }`. The SDK throws these as
// errors carrying `code`, as it does for the real service.

/** A failure the local CloudBase reports to the SDK. */
export class CloudbaseError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
  }
}

/** Codes we send. INVALID_PARAM and DATABASE_REQUEST_FAILED are codes the SDK itself knows;
 * the duplicate-key code is our best reading: its message carries MongoDB's "E11000 duplicate key"
 * as the real service's does, and functions detect duplicates by either. */
export const CODES = {
  INVALID_PARAM: 'INVALID_PARAM',
  INVALID_ACTION: 'INVALID_ACTION',
  DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
  REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  FUNCTION_NOT_FOUND: 'FUNCTION_NOT_FOUND',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
  SYS_ERR: 'SYS_ERR'
} as const

/** The texts CloudBase answers with for transactions, as the SDK repository's own transaction
 * tests record them (TencentCloudBase/node-sdk test/database/unit/transaction.test.ts). */
export const TRANSACTION_MESSAGES = {
  conflict:
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.',
  notExist:
    '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.'
} as const
