// Stable error codes, their HTTP status and the Chinese text a user sees. One table for the
// functions, the local gateway and the app, so a code never means two things.

export const ERRORS = {
  INVALID_INPUT: { status: 400, message: '提交的内容有误，请检查后重试' },
  INVALID_CURSOR: { status: 400, message: '翻页信息已失效，请下拉刷新后重试' },
  INVALID_JSON: { status: 400, message: '请求格式有误' },
  UNAUTHENTICATED: { status: 401, message: '请在微信中打开并登录后再试' },
  FORBIDDEN: { status: 403, message: '您没有权限进行此操作' },
  FUNCTION_NOT_FOUND: { status: 404, message: '请求的服务不存在' },
  ACTION_NOT_FOUND: { status: 404, message: '请求的操作不存在' },
  ARTICLE_NOT_FOUND: { status: 404, message: '文章不存在或已下线' },
  CONFLICT: { status: 409, message: '数据已被修改，请刷新后重试' },
  APPLICATION_NOT_FOUND: { status: 404, message: '申请不存在' },
  POLICY_NOT_FOUND: { status: 404, message: '本年度圆梦计划尚未发布' },
  WINDOW_CLOSED: { status: 409, message: '当前不在申请时间内' },
  DRAFT_INCOMPLETE: { status: 400, message: '申请资料尚未填写完整' },
  ALREADY_APPLIED: { status: 409, message: '您已提交过圆梦计划申请，每人只能申请一次' },
  WRONG_STATE: { status: 409, message: '申请当前的状态不允许此操作' },
  FILE_NOT_FOUND: { status: 400, message: '上传的文件不存在，请重新上传' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容太大' },
  INTERNAL: { status: 500, message: '服务暂时不可用，请稍后再试' },
  FUNCTION_TIMEOUT: { status: 504, message: '服务响应超时，请稍后再试' },
  NETWORK: { status: 0, message: '网络连接失败，请检查网络后重试' },
  SERVICE_NOT_FOUND: { status: 404, message: '这项服务暂未上线，请稍后再试' },
  STAFF_NOT_FOUND: { status: 404, message: '该工作人员不存在' },
  // 公众号 sync (wechatSync).
  WECHAT_SYNC_NOT_CONFIGURED: { status: 503, message: '尚未配置公众号同步（缺少公众号 AppID 或 AppSecret）' },
  WECHAT_SYNC_FAILED: { status: 502, message: '公众号接口暂时无法访问，请稍后再试' },
  // Content management (contentAdmin) and what readers see of it.
  ARTICLE_WITHDRAWN: { status: 404, message: '该文章已下线' },
  CONTENT_NOT_FOUND: { status: 404, message: '该内容不存在' },
  CONTENT_CONFLICT: { status: 409, message: '该内容已被他人修改，请刷新后查看' },
  CONTENT_WRONG_STATE: { status: 409, message: '该内容当前的状态不允许此操作' },
  FOUR_EYES: { status: 403, message: '不能审核发布自己撰写或修改过的内容' },
  CHANNEL_NOT_EMPTY: { status: 409, message: '该栏目下还有文章，不能删除' },
  POLICY_FROZEN: { status: 409, message: '本年度已有人提交申请，补助金额和学历层次不能再修改' },
  FILE_TYPE_REFUSED: { status: 400, message: '文件类型不支持' }
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERRORS

/** Builds the error half of an envelope; `message` overrides the table's default text. */
export function appError(code: ErrorCode, message?: string, fields?: Record<string, string>) {
  return { ok: false as const, error: { code, message: message ?? ERRORS[code].message, ...(fields ? { fields } : {}) } }
}

/** HTTP status for a code; unknown codes are treated as server faults, never as success. */
export function statusOf(code: string): number {
  const entry = (ERRORS as Record<string, { status: number }>)[code]
  return entry && entry.status > 0 ? entry.status : 500
}
