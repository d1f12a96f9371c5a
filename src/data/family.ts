/** A dataset's id without its year: "assolombarda-2020" and "assolombarda-2021" are one series of reports. */
export function family(id: string): string {
  return id.replace(/-\d{4}$/, '');
}
