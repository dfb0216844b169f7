import { defineStore } from 'pinia'
import { ref } from 'vue'

/** The contract and month the user works on, kept while moving between pages. */
export const useWorkStore = defineStore('work', () => {
  const contractId = ref<number | null>(null)
  const month = ref<string | null>(null)
  return { contractId, month }
})
