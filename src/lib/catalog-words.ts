/** Catalog states in words and colours, shared by the list, the detail page and the wizard. */
export const catalogStateWords: Record<string, { label: string; color: string; meaning: string }> =
  {
    Active: { label: 'Active', color: 'teal', meaning: 'Delivering desktops and apps' },
    InputRequired: {
      label: 'Input required',
      color: 'yellow',
      meaning: 'Working, but needs an administrator to finish its set-up',
    },
    Processing: { label: 'Processing', color: 'blue', meaning: 'An operation is running' },
    Error: { label: 'Error', color: 'red', meaning: 'The last operation failed' },
    PreDeployment: {
      label: 'Not deployed',
      color: 'gray',
      meaning: 'Created but its machines are not deployed yet',
    },
    Deleting: { label: 'Deleting', color: 'gray', meaning: 'Being deleted' },
  };

export function stateWords(state: string) {
  return catalogStateWords[state] ?? { label: state, color: 'gray', meaning: 'Unknown state' };
}

// Sub-states the console meets during an image update, in words an admin understands.
const subStateWords: Record<string, string> = {
  ProcessingVerifyingMasterImage: 'Verifying the new master image',
  ProcessingVdaCopyingMasterImage: 'Copying the master image to the catalog',
  ProcessingVdaUpdatingCitrixServers: 'Updating the machines to the new image',
  ProcessingVdaDeployingCitrixServers: 'Deploying the machines',
  ProcessingVdaDeletingCitrixServers: 'Deleting the machines',
  ProcessingProvisioningMasterImage: 'Provisioning the master image',
  PendingVdaUpdate: 'Waiting for machines to restart on the new image',
  PendingVdaDeployment: 'Waiting to deploy the machines',
  ErrorMasterImageVerificationFailed: 'The new master image failed verification',
  ErrorVdaUpdateCitrixServersFailed: 'Updating the machines to the new image failed',
  ErrorMasterImageNotFound: 'The master image was not found',
  ErrorMasterImageNoSupportedVdaFound: 'No supported VDA was found on the master image',
};

/** `ProcessingVdaCopyingMasterImage` → "Copying the master image to the catalog". */
export function subStateInWords(subState: string | null | undefined): string | null {
  if (!subState) return null;
  const known = subStateWords[subState];
  if (known) return known;
  const words = subState.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function sessionSupportWords(value: string | null | undefined): string {
  if (value === 'MultiSession') return 'Multi-session';
  if (value === 'SingleSession') return 'Single-session';
  return value ?? 'Not reported';
}
