import { createRouter, createWebHistory } from 'vue-router'
import { currentTenant, signIn } from './auth'
import Landing from './views/Landing.vue'
import TenantShell from './views/TenantShell.vue'
import Home from './views/Home.vue'
import VendorFaults from './views/VendorFaults.vue'
import UnitSatisfaction from './views/UnitSatisfaction.vue'
import MonthAssessment from './views/MonthAssessment.vue'
import PaymentSchedule from './views/PaymentSchedule.vue'

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', component: Landing },
    {
      path: '/t/:tenant',
      component: TenantShell,
      children: [
        { path: '', component: Home, name: 'home' },
        { path: 'faults', component: VendorFaults, name: 'faults' },
        { path: 'satisfaction', component: UnitSatisfaction, name: 'satisfaction' },
        { path: 'assessment', component: MonthAssessment, name: 'assessment' },
        { path: 'payments', component: PaymentSchedule, name: 'payments' },
      ],
    },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
})

// A tenant's pages need its login; another tenant's path is a new page, so no token of the
// previous realm survives in memory and none is ever sent to the other tenant's API.
router.beforeEach(async to => {
  const tenant = to.params.tenant as string | undefined
  if (!tenant) {
    if (currentTenant()) { window.location.assign(to.fullPath); return false }
    return true
  }
  const active = currentTenant()
  if (active && active !== tenant) {
    window.location.assign(to.fullPath)
    return false
  }
  await signIn(tenant)
  return true
})
