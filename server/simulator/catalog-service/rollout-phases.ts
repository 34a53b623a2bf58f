/**
 * The steps a catalog image update goes through in the simulator, as fractions of the configured
 * duration (SIM_ROLLOUT_SECONDS). Sub-states and their order follow the catalog service's
 * `CatalogOverallSubState` values for an image update (reference/citrix-notes.md §3.3).
 */
export const rolloutPhases = [
  {
    until: 0.15,
    subState: 'ProcessingVerifyingMasterImage',
    message: 'Verifying the master image',
  },
  {
    until: 0.4,
    subState: 'ProcessingVdaCopyingMasterImage',
    message: 'Copying the master image to the catalog',
  },
  {
    until: 0.9,
    subState: 'ProcessingVdaUpdatingCitrixServers',
    message: 'Updating the machines to the new image',
  },
  { until: 1, subState: 'PendingVdaUpdate', message: 'Waiting for the last machines to restart' },
] as const;

/** An image that fails does so when its verification step ends. */
export const verificationEndsAt = rolloutPhases[0].until;

export function phaseAt(fraction: number) {
  return rolloutPhases.find((phase) => fraction < phase.until) ?? rolloutPhases.at(-1)!;
}

export const verificationFailure = {
  subState: 'ErrorMasterImageVerificationFailed',
  statusMessage:
    'The master image failed verification: the Virtual Delivery Agent on the image did not register.',
  catalogErrorDetails:
    'VDA registration check timed out on the verification machine (ErrorMasterImageVerificationFailed).',
} as const;
