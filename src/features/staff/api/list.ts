// staff.list: everyone with a role (人员管理; admins only, checked by the function).
import { callFunction } from '@/lib/cloud'

export const listStaff = () => callFunction('staff', 'list', {})
