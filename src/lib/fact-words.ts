/** Words for the values the clouds send, as label/value facts show them: null means "not reported". */

/** "Yes" or "No"; null when the cloud did not say. */
export const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? null : value ? 'Yes' : 'No';

/** An ISO time in the reader's own time zone and locale; null when there is none. */
export const localDateTime = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleString() : null;
