// The words the staff pages show, from the contracts' zod-free modules only: importing
// contracts/dream-plan/review.ts (zod and the schemas) here would make Taro split those modules
// into both the dream-plan and the staff subpackages.
import { APPLICATION_STATUSES, type ApplicationStatus } from '@contracts/dream-plan/application'
import { EDUCATION_LEVELS } from '@contracts/dream-plan/policy'
import { DECISIONS, REVEALABLE_FIELDS, REVIEW_STAGES } from '@contracts/dream-plan/review-words'
import { STREETS } from '@contracts/services/catalog'

export const STATUS_WORDS = APPLICATION_STATUSES
export const STATUS_KEYS = Object.keys(APPLICATION_STATUSES) as ApplicationStatus[]
export const STAGE_WORDS = REVIEW_STAGES
export const DECISION_WORDS = DECISIONS
export const REVEALABLE_WORDS = REVEALABLE_FIELDS
export const LEVELS = EDUCATION_LEVELS
export const STREET_LIST = STREETS
