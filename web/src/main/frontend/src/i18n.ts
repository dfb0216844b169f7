import { createI18n } from 'vue-i18n'

const zh = {
  app: { title: '绩效管理平台', subtitle: '政务信息化运维绩效考核' },
  landing: { pick: '请选择您所在的单位登录', empty: '暂无可登录的单位，请联系平台运营方。', login: '登录' },
  header: { user: '用户', role: '角色', logout: '退出登录', language: 'English' },
  roles: {
    'tenant-admin': '单位管理员', assessor: '考核人员', approver: '审批人员', vendor: '服务商', unit: '使用单位',
    finance: '财务人员', auditor: '审计人员',
  },
  menu: { home: '首页', faults: '故障登记', satisfaction: '满意度评价', assessment: '月度考核', approval: '考核审批', results: '月度考核结果', payments: '付款计划' },
  home: {
    welcome: '欢迎，{name}', hint: '请从左侧菜单选择要办理的工作。', noRole: '您的账号尚未分配角色，请联系本单位管理员。',
    tasks: {
      vendor: '登记故障并查看本月故障；查看已审定的月度考核结果。', unit: '填写本单位当月的运维满意度评价表（附件4.1）。',
      assessor: '查看合同月的得分、等级和扣款，计算、核对明细并提交审批。', approver: '审批已提交的月度考核结果。',
      finance: '查看付款计划，下载付款计划及结算表（PDF/XLSX）。', auditor: '查阅月度考核结果和付款计划。', 'tenant-admin': '查阅付款计划。',
    },
  },
  common: {
    contract: '运维合同', month: '考核月份', load: '加载', loading: '加载中…', submit: '提交', save: '保存', reload: '重新加载',
    noContract: '暂无运维合同。合同由单位管理员登记后即可在此选择。', required: '必填', saved: '已保存', cancel: '取消',
    stale: '该记录已被他人修改，请重新加载后再操作。', staleTitle: '记录已变更', error: '操作未成功', unit: '使用单位', item: '运维项目',
    status: '状态', amount: '金额', capitals: '大写', none: '无', yes: '是', no: '否', download: '下载', beijing: '北京时间',
  },
  faults: {
    title: '故障登记', new: '登记故障', level: '故障等级', item: '故障项目', description: '故障描述',
    reported: '报修时间', responded: '响应时间', restored: '恢复时间', save: '登记故障', saved: '故障已登记',
    list: '本月故障', empty: '本月暂无故障记录。出现故障时请在上方登记。', levelName: '{n}级', open: '未恢复', pickItem: '请选择运维项目',
    timeHint: '按北京时间填写，如 2026-10-15 09:30',
  },
  satisfaction: {
    title: '政务信息系统运维满意度评价表', formNo: '附件4.1', item: '评价项目', accident: '是否发生运维事故',
    reasons: '不满意原因', suggestions: '意见建议', submit: '提交评价表', submitted: '评价表已提交', noUnit: '您的账号未关联使用单位（unit_id），请联系单位管理员。',
    final: '评价表提交后不可修改（与纸质签字盖章件一致）。', downloadFilled: '下载已提交的评价表（PDF）', downloadBlank: '下载空白评价表（PDF）',
    items: ['运维服务对接情况', '系统正常使用情况', '异常响应情况', '异常解决情况', '运维公司服务态度'],
    levels: { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', AVERAGE: '一般', DISSATISFIED: '不满意' },
    pickAll: '请为每一项选择满意程度',
  },
  assessment: {
    title: '月度考核', score: '服务商得分', grade: '考核等级', rate: '扣减比例', fee: '月度运维费', gradeDeduction: '等级扣款',
    penalties: '处罚金额', moneyDeducted: '当月扣减合计', compute: '计算本月考核', submit: '提交审批', approve: '审批通过',
    revision: '第 {n} 版', empty: '本月尚未计算考核结果。', emptyAssessor: '点击“计算本月考核”按当前记录生成草稿。',
    emptyVendor: '本月考核结果尚未审定发布。', perUnit: '各使用单位得分', parts: '各单位四项得分', lines: '考核明细',
    rule: '规则', clause: '条款', description: '说明', points: '分值/金额', records: '记录', exempted: '已减免',
    computed: '已计算', submitted: '已提交审批', approved: '已审批通过', computedAt: '计算时间', approvedAt: '审定时间',
    satisfactionPart: '满意度评价', routine: '日常工作', anomaly: '异常处置', documents: '运维资料', total: '合计',
    downloadPdf: '下载考核表（PDF）',
    statuses: { DRAFT: '草稿', SUBMITTED: '已提交', APPROVED: '已审定', DISPUTED: '复核中', FINAL: '终审' },
  },
  payments: {
    title: '付款计划', installment: '第 {n} 期', period: '期间', amount: '当期运维费用', deducted: '考核扣减', review: '集中复核扣减',
    recognized: '认定费用', net: '应付金额', provisional: '暂定（尚有月份未考核）', due: '应付日期', invoice: '发票日期', paid: '付款日期',
    late: '逾期违约金', notes: '说明', months: '月份明细', notAssessed: '未考核', pdf: '下载付款计划及结算表（PDF）',
    xlsx: '下载付款计划及结算表（XLSX）', preparing: '正在生成文档…', done: '文档已生成', total: '合同总额', empty: '暂无付款计划。',
  },
}

const en: typeof zh = {
  app: { title: 'Performance portal', subtitle: 'IT operations performance assessment' },
  landing: { pick: 'Choose your agency to log in', empty: 'No agency is open for login yet; contact the platform operator.', login: 'Log in' },
  header: { user: 'User', role: 'Role', logout: 'Log out', language: '中文' },
  roles: {
    'tenant-admin': 'Tenant admin', assessor: 'Assessor', approver: 'Approver', vendor: 'Vendor', unit: 'Using unit',
    finance: 'Finance', auditor: 'Auditor',
  },
  menu: { home: 'Home', faults: 'Faults', satisfaction: 'Satisfaction form', assessment: 'Monthly assessment', approval: 'Approval', results: 'Monthly results', payments: 'Payment schedule' },
  home: {
    welcome: 'Welcome, {name}', hint: 'Pick your work from the menu on the left.', noRole: 'Your account has no role yet; ask your tenant admin.',
    tasks: {
      vendor: 'Log faults and see this month\'s; see approved monthly results.', unit: 'Fill in your unit\'s monthly satisfaction form (Annex 4.1).',
      assessor: 'See a contract month\'s score, grade and money; compute, check the lines, submit.', approver: 'Approve submitted monthly results.',
      finance: 'See the payment schedule; download it as PDF/XLSX.', auditor: 'Read monthly results and the payment schedule.', 'tenant-admin': 'Read the payment schedule.',
    },
  },
  common: {
    contract: 'O&M contract', month: 'Month', load: 'Load', loading: 'Loading…', submit: 'Submit', save: 'Save', reload: 'Reload',
    noContract: 'No O&M contract yet. Once the tenant admin registers one you can pick it here.', required: 'Required', saved: 'Saved', cancel: 'Cancel',
    stale: 'Someone else changed this record; reload it and try again.', staleTitle: 'Record changed', error: 'Not done', unit: 'Using unit', item: 'O&M item',
    status: 'Status', amount: 'Amount', capitals: 'In words', none: 'None', yes: 'Yes', no: 'No', download: 'Download', beijing: 'Beijing time',
  },
  faults: {
    title: 'Faults', new: 'Log a fault', level: 'Level', item: 'Item', description: 'Description',
    reported: 'Reported', responded: 'Responded', restored: 'Restored', save: 'Log fault', saved: 'Fault logged',
    list: 'Faults this month', empty: 'No faults this month. Log one above when it happens.', levelName: 'Level {n}', open: 'open', pickItem: 'Pick an item',
    timeHint: 'Beijing time, e.g. 2026-10-15 09:30',
  },
  satisfaction: {
    title: 'O&M satisfaction form', formNo: 'Annex 4.1', item: 'Item', accident: 'O&M accident occurred',
    reasons: 'Reasons for dissatisfaction', suggestions: 'Suggestions', submit: 'Submit form', submitted: 'Form submitted', noUnit: 'Your account is not linked to a using unit (unit_id); ask your tenant admin.',
    final: 'A submitted form is final (as the signed and stamped paper).', downloadFilled: 'Download the submitted form (PDF)', downloadBlank: 'Download a blank form (PDF)',
    items: ['Service coordination', 'Normal use of the systems', 'Response to anomalies', 'Resolution of anomalies', 'Service attitude'],
    levels: { SATISFIED: 'Satisfied', BASICALLY_SATISFIED: 'Basically satisfied', AVERAGE: 'Average', DISSATISFIED: 'Dissatisfied' },
    pickAll: 'Rate every item',
  },
  assessment: {
    title: 'Monthly assessment', score: 'Vendor score', grade: 'Grade', rate: 'Deduction rate', fee: 'Monthly fee', gradeDeduction: 'Grade deduction',
    penalties: 'Penalties', moneyDeducted: 'Deducted this month', compute: 'Compute this month', submit: 'Submit for approval', approve: 'Approve',
    revision: 'revision {n}', empty: 'Not computed yet.', emptyAssessor: 'Click "Compute this month" to make a draft from the current records.',
    emptyVendor: 'The month\'s result is not approved yet.', perUnit: 'Score per using unit', parts: 'The four parts per unit', lines: 'Traced lines',
    rule: 'Rule', clause: 'Clause', description: 'Description', points: 'Points/amount', records: 'Records', exempted: 'Exempted',
    computed: 'Computed', submitted: 'Submitted', approved: 'Approved', computedAt: 'Computed at', approvedAt: 'Approved at',
    satisfactionPart: 'Satisfaction', routine: 'Routine work', anomaly: 'Anomalies', documents: 'Documents', total: 'Total',
    downloadPdf: 'Download the sheet (PDF)',
    statuses: { DRAFT: 'Draft', SUBMITTED: 'Submitted', APPROVED: 'Approved', DISPUTED: 'Disputed', FINAL: 'Final' },
  },
  payments: {
    title: 'Payment schedule', installment: 'Installment {n}', period: 'Period', amount: 'Installment', deducted: 'Deducted', review: 'Review reductions',
    recognized: 'Recognized costs', net: 'Net payable', provisional: 'provisional (months not assessed)', due: 'Due', invoice: 'Invoice', paid: 'Paid',
    late: 'Late-payment penalty', notes: 'Notes', months: 'Months', notAssessed: 'not assessed', pdf: 'Download schedule (PDF)',
    xlsx: 'Download schedule (XLSX)', preparing: 'Preparing the document…', done: 'Document ready', total: 'Contract total', empty: 'No payment schedule.',
  },
}

export const i18n = createI18n({ legacy: false, locale: 'zh-CN', fallbackLocale: 'zh-CN', messages: { 'zh-CN': zh, en } })
