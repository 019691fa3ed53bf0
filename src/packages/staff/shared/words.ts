// The contracts' label tables, copied for the staff subpackage. Importing their values would pull
// contracts/dream-plan (and zod through review.ts) into modules shared with the dream-plan
// subpackage, which Taro then splits one module per file into *both* subpackages, unconcatenated
// (+385 KB each, measured). The types keep the keys in step; test/browser/staff.test.ts checks
// that the words match the contracts.
import type { ApplicationStatus, ReviewStage } from '@contracts/dream-plan/application'
import type { EducationLevel } from '@contracts/dream-plan/policy'
import type { Decision, RevealableField } from '@contracts/dream-plan/review'
import type { Street } from '@contracts/services/catalog'

export const STATUS_WORDS: Record<ApplicationStatus, string> = {
  submitted: '已提交',
  in_review: '审核中',
  approved: '已通过',
  paid: '已发放',
  returned: '退回补正',
  rejected: '未通过',
  withdrawn: '已撤回'
}
export const STATUS_KEYS = Object.keys(STATUS_WORDS) as ApplicationStatus[]

export const STAGE_WORDS: Record<ReviewStage, string> = { street: '街道初审', district: '区总复审' }

export const DECISION_WORDS: Record<Decision, string> = { accept: '受理', pass: '通过', return: '退回补正', reject: '不通过' }

export const REVEALABLE_WORDS: Record<RevealableField, string> = { idNumber: '身份证号', mobile: '手机号', cardNumber: '银行卡号' }

export const LEVELS: readonly EducationLevel[] = ['大专', '本科']

export const STREET_LIST: readonly Street[] = ['园岭', '南园', '福田', '沙头', '梅林', '华富', '香蜜湖', '莲花', '华强北', '福保']
