/** One label per period, everywhere a figure is measured over one ("APY (30 d)", "Last 7 d"). */
export const PERIOD = { day: "24 h", week: "7 d", month: "30 d" } as const;
