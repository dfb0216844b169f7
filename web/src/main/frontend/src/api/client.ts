import type Keycloak from 'keycloak-js'

/** One entry of a problem+json `errors` list: the field at fault and why. */
export interface FieldError { field: string; message: string }

/**
 * An API refusal (RFC 9457 problem+json): the status, the detail, and a message per field
 * (`errors`, or the single `field` with the detail) so forms can show each next to its field.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly field: string | null,
    readonly fields: Record<string, string>,
  ) {
    super(detail)
  }

  /** A stale version: someone else changed the record since it was read. */
  get stale(): boolean {
    return this.status === 409 && this.field === 'version'
  }

  static async from(res: Response): Promise<ApiError> {
    let body: { detail?: string; title?: string; field?: string; errors?: FieldError[] } = {}
    try {
      body = await res.json()
    } catch {
      // not problem+json: keep the status line
    }
    const fields: Record<string, string> = {}
    for (const e of body.errors ?? []) if (e.field) fields[e.field] = e.message
    const detail = body.detail ?? body.title ?? `${res.status} ${res.statusText}`
    if (body.field && !fields[body.field]) fields[body.field] = detail
    return new ApiError(res.status, detail, body.field ?? null, fields)
  }
}

/** Unauthenticated calls: only the public endpoints the landing and login pages need. */
export async function publicGet<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { Accept: 'application/json' } })
  if (!res.ok) throw await ApiError.from(res)
  return res.json() as Promise<T>
}

/** A downloaded file. */
export interface FileDownload { blob: Blob; fileName: string }

/**
 * The API client of one tenant's session: every call goes with a token of that tenant's
 * Keycloak instance only, refreshed first when it expires within 30 s. Paths come from
 * `paths.ts` with the session's tenant, so a token is never sent to another tenant's API.
 */
export class Api {
  constructor(private readonly kc: Keycloak) {}

  private async headers(extra: Record<string, string> = {}): Promise<Record<string, string>> {
    try {
      await this.kc.updateToken(30)
    } catch {
      await this.kc.login()
    }
    return { Authorization: `Bearer ${this.kc.token}`, ...extra }
  }

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers = await this.headers(body === undefined
      ? { Accept: 'application/json' }
      : { Accept: 'application/json', 'Content-Type': 'application/json' })
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    if (!res.ok) throw await ApiError.from(res)
    if (res.status === 204) return undefined as T
    const type = res.headers.get('Content-Type') ?? ''
    return (type.includes('json') ? res.json() : res.text()) as Promise<T>
  }

  get<T>(path: string): Promise<T> { return this.request<T>('GET', path) }
  post<T>(path: string, body: unknown): Promise<T> { return this.request<T>('POST', path, body) }
  put<T>(path: string, body: unknown): Promise<T> { return this.request<T>('PUT', path, body) }

  /** A GET that may answer a file (200) or a background job (202 with the job as JSON). */
  async fetchRaw(path: string): Promise<Response> {
    const res = await fetch(path, { headers: await this.headers() })
    if (!res.ok) throw await ApiError.from(res)
    return res
  }

  async download(path: string, fallbackName: string): Promise<FileDownload> {
    const res = await this.fetchRaw(path)
    return { blob: await res.blob(), fileName: fileName(res, fallbackName) }
  }
}

export function fileName(res: Response, fallback: string): string {
  const cd = res.headers.get('Content-Disposition') ?? ''
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd)
  if (star) return decodeURIComponent(star[1])
  const plain = /filename="?([^";]+)"?/i.exec(cd)
  return plain ? plain[1] : fallback
}

/** Hands a downloaded file to the browser. */
export function saveFile(file: FileDownload): void {
  const url = URL.createObjectURL(file.blob)
  const a = document.createElement('a')
  a.href = url
  a.download = file.fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
