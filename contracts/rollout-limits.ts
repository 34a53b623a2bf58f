/** Bounds of a rollout's restart settings, the same in the wizard and on the server. */

/**
 * The longest spread the console sends: 7 days. Citrix documents no maximum for `VdaUpdateDelay`
 * (an int32 of minutes, so up to 2,147,483,647: about 4,000 years). The bound is the console's
 * own: over a spread, machines run two images side by side, and a week is a whole patch cycle;
 * anything longer is far likelier a slip of the keyboard than a plan, and "On next shutdown"
 * already covers leaving machines to restart in their own time.
 */
export const maxSpreadMinutes = 7 * 24 * 60;
