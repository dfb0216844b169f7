/**
 * Chinese conventions for what the portal shows: amounts ¥1,234.56, dates 2026年6月10日, instants in
 * Beijing time (Asia/Shanghai) whatever the browser's zone, months 2026年10月. Amounts in capitals
 * (大写) are never computed here: the API sends them beside the figure (`{value, capitals}`).
 */

export const BEIJING = 'Asia/Shanghai'

/** An amount as the API sends it: a bare number, or `{value, capitals}`. */
export type AmountLike = number | string | { value: number | string; capitals?: string } | null | undefined

function amountValue(a: AmountLike): string | null {
  if (a == null) return null
  if (typeof a === 'object') return a.value == null ? null : String(a.value)
  return String(a)
}

/**
 * Rounds a decimal string half away from zero to `scale` places without going through binary
 * floating point (the API's amounts carry up to 10 decimals).
 */
export function roundDecimal(text: string, scale = 2): { negative: boolean; int: string; frac: string } {
  let s = text.trim()
  if (/e/i.test(s)) s = Number(s).toFixed(12)
  const negative = s.startsWith('-')
  s = s.replace(/^[-+]/, '')
  const [i = '0', f = ''] = s.split('.')
  let digits = (i.replace(/^0+(?=\d)/, '') || '0') + (f + '0'.repeat(scale + 1)).slice(0, scale + 1)
  const roundUp = Number(digits[digits.length - 1]) >= 5
  digits = digits.slice(0, -1)
  if (roundUp) {
    const arr = digits.split('').map(Number)
    let k = arr.length - 1
    while (k >= 0) {
      if (arr[k] === 9) { arr[k] = 0; k-- } else { arr[k]++; break }
    }
    digits = (k < 0 ? '1' : '') + arr.join('')
  }
  const int = digits.slice(0, digits.length - scale) || '0'
  const frac = digits.slice(digits.length - scale)
  const zero = /^0*$/.test(int + frac)
  return { negative: negative && !zero, int, frac }
}

/** ¥1,234.56 (two decimals, thousands separators); `—` when there is no amount. */
export function formatAmount(a: AmountLike): string {
  const v = amountValue(a)
  if (v == null || v === '' || Number.isNaN(Number(v))) return '—'
  const { negative, int, frac } = roundDecimal(v, 2)
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${negative ? '-' : ''}¥${grouped}.${frac}`
}

/** The capitals the API sent with an amount (人民币壹仟贰佰叁拾肆元伍角陆分), or `—`. */
export function capitals(a: AmountLike): string {
  return a != null && typeof a === 'object' && a.capitals ? a.capitals : '—'
}

/** A score with two decimals (88.84); `—` when none. */
export function formatScore(s: number | string | null | undefined): string {
  if (s == null || s === '') return '—'
  const { negative, int, frac } = roundDecimal(String(s), 2)
  return `${negative ? '-' : ''}${int}.${frac}`
}

/** A calendar day (`2026-06-10`, no zone) as 2026年6月10日. */
export function formatDate(day: string | null | undefined, locale = 'zh-CN'): string {
  if (!day) return '—'
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day)
  if (!m) return day
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (locale.startsWith('zh')) return `${y}年${mo}月${d}日`
  return new Date(Date.UTC(y, mo - 1, d)).toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' })
}

/** A month label (`2026-10`) as 2026年10月. */
export function formatMonth(month: string | null | undefined, locale = 'zh-CN'): string {
  if (!month) return '—'
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  if (!m) return month
  if (locale.startsWith('zh')) return `${Number(m[1])}年${Number(m[2])}月`
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'short', year: 'numeric' })
}

/** The Beijing-time calendar parts of an instant. */
function beijingParts(instant: string | Date): Record<string, string> {
  const date = typeof instant === 'string' ? new Date(instant) : instant
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: BEIJING, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date)
  return Object.fromEntries(parts.map(p => [p.type, p.value]))
}

/** An instant (ISO-8601 with offset) in Beijing time: 2026年6月10日 10:00. */
export function formatInstant(instant: string | null | undefined, locale = 'zh-CN'): string {
  if (!instant) return '—'
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return instant
  const p = beijingParts(date)
  const day = `${p.year}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}`
  return `${formatDate(day, locale)} ${p.hour}:${p.minute}`
}

/**
 * A wall-clock time typed in the portal (`2026-10-15T09:30`, always Beijing time) as the ISO-8601
 * instant with offset the API takes.
 */
export function beijingToIso(local: string | null | undefined): string | null {
  if (!local) return null
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?$/.exec(local.trim())
  if (!m) return null
  return `${m[1]}T${m[2]}${m[3] ?? ':00'}+08:00`
}

/** Now, as a Beijing wall-clock time for a date-time field (`2026-10-15T09:30`). */
export function nowInBeijing(now: Date = new Date()): string {
  const p = beijingParts(now)
  return `${p.year}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}T${p.hour}:${p.minute}`
}

/**
 * The contract months (labelled by the month they start in, starting on the 10th) of a service
 * period, `2026-06-10 … 2027-06-09` → 2026-06 … 2027-05.
 */
export function contractMonths(start: string, end: string, startDay = 10): string[] {
  const months: string[] = []
  let [y, m] = start.slice(0, 7).split('-').map(Number)
  for (;;) {
    const label = `${y}-${String(m).padStart(2, '0')}`
    if (`${label}-${String(startDay).padStart(2, '0')}` > end) break
    months.push(label)
    m++
    if (m > 12) { m = 1; y++ }
  }
  return months
}

/** The contract month a Beijing day falls in (`2026-11-04` → 2026-10, the month of 10-10 … 11-09). */
export function monthOf(day: string, startDay = 10): string {
  let [y, m] = day.slice(0, 7).split('-').map(Number)
  if (Number(day.slice(8, 10)) < startDay) {
    m--
    if (m < 1) { m = 12; y-- }
  }
  return `${y}-${String(m).padStart(2, '0')}`
}

/** The month before a label. */
export function previousMonth(month: string): string {
  let [y, m] = month.split('-').map(Number)
  m--
  if (m < 1) { m = 12; y-- }
  return `${y}-${String(m).padStart(2, '0')}`
}
