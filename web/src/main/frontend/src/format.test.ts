import { describe, expect, it } from 'vitest'
import {
  beijingToIso, capitals, contractMonths, formatAmount, formatDate, formatInstant, formatMonth, formatScore, monthOf, nowInBeijing,
} from './format'

describe('amounts', () => {
  it('shows yuan with thousands separators and two decimals', () => {
    expect(formatAmount(1234.56)).toBe('¥1,234.56')
    expect(formatAmount('11625000')).toBe('¥11,625,000.00')
    expect(formatAmount(0)).toBe('¥0.00')
    expect(formatAmount({ value: 68437.5, capitals: '人民币陆万捌仟肆佰叁拾柒元伍角' })).toBe('¥68,437.50')
  })
  it('rounds the API\'s ten decimals half away from zero, without binary floating point', () => {
    expect(formatAmount('968749.9999999999')).toBe('¥968,750.00')
    expect(formatAmount('1.005')).toBe('¥1.01')
    expect(formatAmount('-2.345')).toBe('-¥2.35')
    expect(formatAmount('-0.001')).toBe('¥0.00')
    expect(formatAmount('999.995')).toBe('¥1,000.00')
  })
  it('shows a dash for no amount', () => {
    expect(formatAmount(null)).toBe('—')
    expect(formatAmount(undefined)).toBe('—')
    expect(formatAmount({ value: null as unknown as number })).toBe('—')
  })
})

describe('capitals', () => {
  it('shows the capitals the API sent, never computes them', () => {
    expect(capitals({ value: 1234.56, capitals: '人民币壹仟贰佰叁拾肆元伍角陆分' })).toBe('人民币壹仟贰佰叁拾肆元伍角陆分')
    expect(capitals(1234.56)).toBe('—')
    expect(capitals(null)).toBe('—')
  })
})

describe('dates and months', () => {
  it('writes days the Chinese way', () => {
    expect(formatDate('2026-06-10')).toBe('2026年6月10日')
    expect(formatDate('2027-01-01')).toBe('2027年1月1日')
    expect(formatDate(null)).toBe('—')
    expect(formatDate('2026-06-10', 'en')).toBe('10 Jun 2026')
  })
  it('writes months the Chinese way', () => {
    expect(formatMonth('2026-10')).toBe('2026年10月')
    expect(formatMonth('2026-06')).toBe('2026年6月')
  })
  it('scores with two decimals', () => {
    expect(formatScore(88.84)).toBe('88.84')
    expect(formatScore('88.8449')).toBe('88.84')
    expect(formatScore(100)).toBe('100.00')
  })
})

describe('instants in Beijing time', () => {
  it('shows an instant in Asia/Shanghai whatever its offset', () => {
    expect(formatInstant('2026-06-10T02:00:00Z')).toBe('2026年6月10日 10:00')
    expect(formatInstant('2026-06-09T16:30:00Z')).toBe('2026年6月10日 00:30')
    expect(formatInstant('2026-06-10T10:00:00+08:00')).toBe('2026年6月10日 10:00')
    expect(formatInstant(null)).toBe('—')
  })
  it('takes what is typed as Beijing time', () => {
    expect(beijingToIso('2026-10-15T09:30')).toBe('2026-10-15T09:30:00+08:00')
    expect(beijingToIso('2026-10-15 09:30:15')).toBe('2026-10-15T09:30:15+08:00')
    expect(beijingToIso('')).toBeNull()
    expect(beijingToIso('15.10.2026')).toBeNull()
    expect(nowInBeijing(new Date('2026-06-09T16:30:00Z'))).toBe('2026-06-10T00:30')
  })
})

describe('contract months', () => {
  it('lists the months of a service period starting on the 10th', () => {
    const months = contractMonths('2026-06-10', '2027-06-09')
    expect(months).toHaveLength(12)
    expect(months[0]).toBe('2026-06')
    expect(months[11]).toBe('2027-05')
  })
  it('finds the month of a day', () => {
    expect(monthOf('2026-11-04')).toBe('2026-10')
    expect(monthOf('2026-11-10')).toBe('2026-11')
    expect(monthOf('2026-01-09')).toBe('2025-12')
  })
})
