/**
 * Every path of the portal's API the browser calls, in one place.
 */
const API = '/api/v1'
/** The path segment of the monthly O&M assessment kind (运维月度考核). */
const OM = 'om-monthly'

const t = (tenant: string) => `${API}/tenants/${encodeURIComponent(tenant)}`
const om = (tenant: string) => `${t(tenant)}/${OM}`

export const paths = {
  /** Public: the active tenants (id, display name). */
  tenants: () => `${API}/tenants`,
  /** Public: where a tenant's users log in (realm, Keycloak URL, client). */
  signIn: (tenant: string) => `${t(tenant)}/sign-in`,
  tenant: (tenant: string) => t(tenant),
  units: (tenant: string) => `${t(tenant)}/units`,
  contracts: (tenant: string) => `${t(tenant)}/contracts`,
  contract: (tenant: string, id: number) => `${t(tenant)}/contracts/${id}`,
  contractItems: (tenant: string, id: number, unitId?: number) =>
    `${t(tenant)}/contracts/${id}/items` + (unitId != null ? `?unitId=${unitId}` : ''),
  documentJob: (tenant: string, jobId: string) => `${t(tenant)}/documents/jobs/${encodeURIComponent(jobId)}`,
  documentJobFile: (tenant: string, jobId: string) => `${t(tenant)}/documents/jobs/${encodeURIComponent(jobId)}/file`,

  om: {
    month: (tenant: string, contractId: number, month: string) => `${om(tenant)}/contracts/${contractId}/months/${month}`,
    faults: (tenant: string) => `${om(tenant)}/faults`,
    fault: (tenant: string, id: string) => `${om(tenant)}/faults/${encodeURIComponent(id)}`,
    satisfactionForms: (tenant: string) => `${om(tenant)}/satisfaction-forms`,
    satisfactionForm: (tenant: string, id: string) => `${om(tenant)}/satisfaction-forms/${encodeURIComponent(id)}`,
    satisfactionFormDocument: (tenant: string, id: string, format: string) =>
      `${om(tenant)}/satisfaction-forms/${encodeURIComponent(id)}/document?format=${format}`,
    blankSatisfactionForm: (tenant: string, unitId: number, month: string, format: string) =>
      `${om(tenant)}/satisfaction-forms/blank?unitId=${unitId}&month=${month}&format=${format}`,
    assessments: (tenant: string, contractId: number, month?: string) =>
      `${om(tenant)}/contracts/${contractId}/assessments` + (month ? `?month=${month}` : ''),
    assessment: (tenant: string, contractId: number, id: number) => `${om(tenant)}/contracts/${contractId}/assessments/${id}`,
    assessmentAction: (tenant: string, contractId: number, id: number, action: 'submit' | 'approve' | 'dispute' | 'finalize') =>
      `${om(tenant)}/contracts/${contractId}/assessments/${id}/${action}`,
    assessmentDocument: (tenant: string, contractId: number, id: number, format: string, async = false) =>
      `${om(tenant)}/contracts/${contractId}/assessments/${id}/document?format=${format}` + (async ? '&async=true' : ''),
    paymentSchedule: (tenant: string, contractId: number) => `${om(tenant)}/contracts/${contractId}/payment-schedule`,
    paymentScheduleDocument: (tenant: string, contractId: number, format: string, async = false) =>
      `${om(tenant)}/contracts/${contractId}/payment-schedule/document?format=${format}` + (async ? '&async=true' : ''),
  },
}
