/**
 * Our definitions of the figures the Analysis tab and the printable report show, in a reader's
 * words, for tooltips. They restate README.md ("Definitions"); a change there is a change here,
 * so the screens never explain a figure differently from how the engine computes it.
 */
export const DEFINITIONS = {
  window: "The analysis covers the current accounts' transactions from the first to the last one. A month is full when the data covers every day of it; averages use full months only.",
  primary_income:
    "Average over full months of the primary income: the main salary or wage stream, i.e. the regular, still-active income counterparty with the largest typical monthly amount (salary, self-employment or pension credits).",
  affordability:
    "Average over full months of affordability_amount = primary income + secondary income − non-discretionary expenses − discretionary expenses − existing debt repayments (loans, home loan, buy now pay later), net of returned debits.",
  health_score:
    "final_financial_health_score (0–100) = 0.25 × affordability + 0.20 × income + 0.15 × expense + 0.15 × liquidity/savings + 0.15 × debt + 0.10 × fee scores, each from a documented points table.",
  affordability_score: "Average affordability ÷ average income: ≥ 30 % → 100, ≥ 20 % → 85, ≥ 10 % → 70, ≥ 5 % → 55, ≥ 0 → 40, ≥ −10 % → 20, else 0.",
  income_score: "The income indicator: 0.4 × consistency + 0.3 × longevity + 0.3 × regularity of the primary income.",
  expense_score: "Average spending ÷ average income: ≤ 50 % → 100, ≤ 65 % → 85, ≤ 80 % → 70, ≤ 90 % → 55, ≤ 100 % → 40, ≤ 110 % → 20, else 0.",
  liquidity_savings_score: "Average daily balance ÷ average monthly spending (buffer months): ≥ 1 → 90 … < 0 → 10; + 10 when money goes to savings in at least half of the full months.",
  debt_score: "Debt-service ratio (running repayments ÷ income): ≤ 10 % → 90 … > 50 % → 10; less for debt collection, account seizure, wage advances and drawdowns. No running commitment → 100.",
  fee_score: "Punitive fees and returned debits per month of data: none → 100, < 0.5 → 75, < 1 → 50, < 2 → 25, else 0.",
  credit_score:
    "Internal model, not a bureau score and not calibrated on defaults: 500 + 50 × living standard + 30 × budget management + 20 × financial evolution, from 0 to 1000 (higher is safer). Compare scores of the same version only.",
  living_standard: "Remainder to live (income − non-discretionary expenses − debt service) ÷ income, from −5 to +5.",
  budget_management: "+5 minus deductions for overdraft days, returned debits, punitive fees, gambling share, debt collection or seizure and wage advances, from −5 to +5.",
  financial_evolution: "Balance change over the window per month ÷ income, from −5 to +5 (0 when the balance is unknown).",
  liquidity_score:
    "For 30, 60 and 90 days: 50 × share of forecast days ending at or above zero + 50 × min(1, lowest forecast balance ÷ average monthly spending). Never below zero with a month of spending in reserve → 100.",
  balance_forecast:
    "From the balance at the last transaction: every recurring, active cash flow (salary, rent, debit orders, loan repayments) on its usual day, minus the average daily unscheduled spend. One-off income is not forecast.",
  income_vs_expenses: "Per calendar month: incomes (stacked) against expenses and debt repayments (stacked), with the month's affordability amount as the line. Partial months are marked.",
  income_heatmap: "Primary income received in each month of the window; a month without any inside the window is an income break.",
  expense_breakdown: "Net spend per expense label over the whole window, largest first, with its share of all spending.",
  gambling_cash_share: "Gambling spend and cash (ATM) withdrawals in each month as a share of that month's primary income.",
  daily_balance: "End-of-day balance of the analysed accounts combined, rebuilt backwards from the closing balance when the statement gives none. Days ending below zero are overdraft days.",
  gambling_share: "Full-month gambling spend (bets less bets given back) ÷ full-month primary income: monthly_average_gambling_proportion.",
  returned_debits: "Credits that give back an unpaid debit (debit orders, also cheques and transfers), dated within the 3 months up to the analysis date.",
  overdraft_days: "Days whose end-of-day balance on an analysed account with a known balance is below zero; the drill-down lists the transactions booked on those days.",
  ssi: "Social security income: social grants and benefits (e.g. SASSA) received; the average is over full months.",
  net_saver_spender: "Monthly net flow = income − spending + money moved to savings. Net saver when its full-month average is zero or more.",
  overdraft_fees: "Overdraft fees and interest charged on the analysed accounts.",
  payment_rejection_fees: "Fees charged because a debit was returned unpaid.",
  debt_collection: "Payments to debt collectors.",
  account_seizure: "Garnishee orders or account seizures.",
  wage_advance: "Salary advances received (money to pay back out of the next salary).",
} as const;

export type DefinitionKey = keyof typeof DEFINITIONS;
