/**
 * The months by their English names, January first: how the datasets
 * write dates ("28 March 2024") and how charts label a month.
 */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
