/** Part as a percentage of a whole; null when the whole is unknown or zero. */
export function shareOf(part: number | null | undefined, whole: number | null | undefined): number | null {
  if (part === null || part === undefined || !whole) return null;
  return (part / whole) * 100;
}

/** Employees per firm; null when either is missing or there are no firms. */
export function perFirm(employees: number | null | undefined, firms: number | null | undefined): number | null {
  if (employees === null || employees === undefined || !firms) return null;
  return employees / firms;
}
