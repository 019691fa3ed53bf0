// staff.me: who the caller is on the staff side (roles, streets).
import { callFunction } from '@/lib/cloud'

export const getMe = () => callFunction('staff', 'me', {})
