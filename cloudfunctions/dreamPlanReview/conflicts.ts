// The refusals of the staff side's writes, worded for the reviewer.
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../contracts/dream-plan/application'
import { appError } from '../../contracts/errors'

/** Someone acted on the application after the caller read it. */
export const TAKEN_MESSAGE = '该申请已被其他工作人员处理，请刷新后查看'

export function takenByOther() {
  return appError('CONFLICT', TAKEN_MESSAGE)
}

/** The application's state does not allow what was asked. */
export function notAllowedIn(status: ApplicationStatus, what: string, applicationNo?: string) {
  const which = applicationNo ? `申请 ${applicationNo} ` : '申请'
  return appError('WRONG_STATE', `${which}当前为「${APPLICATION_STATUSES[status]}」，不能${what}`)
}
