import Keycloak from 'keycloak-js'
import { Api, publicGet } from './api/client'
import { paths } from './api/paths'

/** The realm roles the portal knows, as the token carries them. */
export const ROLES = ['tenant-admin', 'assessor', 'approver', 'vendor', 'unit', 'finance', 'auditor'] as const
export type Role = typeof ROLES[number]

/** Where a tenant's users log in (public `GET /api/v1/tenants/{tenant}/sign-in`). */
export interface SignIn { tenant: string; displayName: string; realm: string; keycloakUrl: string; clientId: string }

/** A logged-in user of one tenant: that tenant's Keycloak instance and an API client bound to it. */
export interface Session {
  tenant: string
  displayName: string
  username: string
  roles: Role[]
  unitId: number | null
  api: Api
  logout: () => Promise<void>
}

let current: Session | null = null

/**
 * Logs in through the tenant's own realm (authorization code + PKCE S256) or returns the session
 * of this page. One Keycloak instance per page and tenant: a user who opens another tenant's
 * path gets a full page load (see the router), so the previous realm's tokens, kept in memory
 * only, are gone and that tenant's login is asked for.
 */
export async function signIn(tenant: string): Promise<Session> {
  if (current) {
    if (current.tenant === tenant) return current
    throw new Error('one tenant per page')
  }
  const info = await publicGet<SignIn>(paths.signIn(tenant))
  const kc = new Keycloak({ url: info.keycloakUrl, realm: info.realm, clientId: info.clientId })
  await kc.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false, enableLogging: false })
  const token = kc.tokenParsed as Record<string, unknown> | undefined
  const claimed = [
    ...((token?.groups as string[] | undefined) ?? []),
    ...(((token?.realm_access as { roles?: string[] } | undefined)?.roles) ?? []),
  ]
  const roles = ROLES.filter(r => claimed.includes(r))
  const unit = token?.unit_id
  current = {
    tenant,
    displayName: info.displayName,
    username: (token?.preferred_username as string | undefined) ?? '',
    roles,
    unitId: unit != null && unit !== '' ? Number(unit) : null,
    api: new Api(kc),
    logout: () => kc.logout({ redirectUri: `${window.location.origin}/` }),
  }
  return current
}

export function session(): Session {
  if (!current) throw new Error('not logged in')
  return current
}

export function currentTenant(): string | null {
  return current?.tenant ?? null
}
