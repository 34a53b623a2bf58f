/** A value in words, with the API's own code for the hover title. */
export interface Worded {
  words: string;
  /** The raw value as the API sent it; undefined when it was not reported. */
  code?: string;
}

export const notReported: Worded = { words: 'Not reported' };

/** `BuilderActive` → "Builder active": how a code no table knows yet is shown. */
export function spacedWords(code: string): string {
  const spaced = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** A code in words; an unknown one as sent, split into words; null when none was sent. */
export function worded(table: Record<string, string>, code: string | null | undefined) {
  if (code === null || code === undefined || code === '') return null;
  return { words: table[code] ?? spacedWords(code), code } satisfies Worded;
}

const sessionSupport = {
  MultiSession: 'Multi-session',
  SingleSession: 'Single-session',
  Both: 'Single- or multi-session',
  Any: 'Any session support',
  Unknown: 'Unknown',
};

/** Allocation: `Permanent` is the catalog service's name for cvad's `Static`. */
const allocation = {
  Random: 'Random: any free machine each time',
  Permanent: 'Static: each user keeps one machine',
  Static: 'Static: each user keeps one machine',
  Unknown: 'Unknown',
};

const registration = {
  Registered: 'Registered: ready to take sessions',
  Unregistered: 'Not registered: cannot take sessions',
  Initializing: 'Registering',
  AgentError: 'Agent error: its VDA needs attention',
  Unknown: 'Unknown',
};

// Catalog and image sub-states share names, so one table serves both.
const subState = {
  ProcessingProvisioningMasterImage: 'Provisioning the master image',
  ProcessingVerifyingMasterImage: 'Verifying the new master image',
  ProcessingRemovingMasterImageAzureResources: 'Removing the image’s Azure resources',
  ProcessingCreatingBuilderVm: 'Creating the builder VM',
  ProcessingPoweringBuilderVm: 'Starting the builder VM',
  ProcessingImportingImageVhdFile: 'Importing the image’s VHD file',
  ProcessingVdaCopyingMasterImage: 'Copying the master image to the catalog',
  ProcessingVdaUpdatingCitrixServers: 'Updating the machines to the new image',
  ProcessingVdaDeployingCitrixServers: 'Deploying the machines',
  ProcessingVdaDeletingCitrixServers: 'Deleting the machines',
  PendingVdaUpdate: 'Waiting for machines to restart on the new image',
  PendingVdaDeployment: 'Waiting to deploy the machines',
  ErrorMasterImageProvisioningFailed: 'Provisioning the master image failed',
  ErrorMasterImageVerificationFailed: 'The new master image failed verification',
  ErrorMasterImageNotFound: 'The master image was not found',
  ErrorMasterImageInvalidOs: 'The master image’s operating system is not supported',
  ErrorMasterImageMcsNotConfigured: 'The master image is not set up for Machine Creation Services',
  ErrorMasterImageNoSupportedVdaFound: 'No supported VDA was found on the master image',
  ErrorMasterImageScanningStartMenuAppsFailed: 'Reading the apps on the image’s Start menu failed',
  ErrorMasterImageAzureResourceRemovalFailed: 'Removing the image’s Azure resources failed',
  ErrorMasterImageVhdNotFound: 'The image’s VHD file was not found',
  ErrorBuilderVmNotFound: 'The builder VM was not found',
  ErrorBuilderVmSizeUnsupported: 'The builder VM’s size is not supported',
  ErrorImportImageUrlNotValid: 'The address to import the image from is not valid',
  ErrorBuilderServiceAccountInvalid: 'The builder’s service account is not valid',
  ErrorBuilderNoQuota: 'No quota left in the Azure subscription to build the image',
  ErrorMasterImageInvalidMultiSessionVda: 'The image’s VDA is not a multi-session VDA',
  ErrorMasterImageInvalidSingleSessionVda: 'The image’s VDA is not a single-session VDA',
  ErrorCitrixManagedSubscriptionAssignmentFailed:
    'Assigning the Citrix-managed Azure subscription failed',
  ErrorVdaUpdateCitrixServersFailed: 'Updating the machines to the new image failed',
};

/** Every table of codes the console shows, by what the code is. */
export const codeTables = {
  sessionSupport,
  sessionState: {
    Active: 'Active',
    Connected: 'Connected',
    Disconnected: 'Disconnected',
    Unknown: 'Unknown',
  },
  protocol: { Hdx: 'HDX', Rdp: 'RDP (Remote Desktop)', Console: 'Console', Unknown: 'Unknown' },
  connectionMode: {
    Brokered: 'Brokered by Citrix',
    Unbrokered: 'Direct, not brokered',
    LeasedConnection: 'Leased connection (Citrix Cloud unreachable)',
    VdaHighAvailabilityMode: 'VDA high-availability mode',
    ThirdPartyBroker: 'Third-party broker',
    ThirdPartyBrokerWithLicensing: 'Third-party broker, Citrix licensing',
    Unknown: 'Unknown',
  },
  registration,
  allocation,
  catalogType: {
    ManagedNonDomainJoined: 'Citrix-managed, not domain-joined',
    ManagedDomainJoined: 'Citrix-managed, joined to your domain',
    ManagedHybridEntraIdJoined: 'Citrix-managed, hybrid-joined to Microsoft Entra ID',
    CustomerDomainJoined: 'Joined to your Active Directory domain',
    CustomerNonDomainJoined: 'Not joined to a domain',
    CustomerAzureAdJoined: 'Joined to your Microsoft Entra ID (Azure AD)',
  },
  catalogWarning: {
    PendingTemplateImageInvalid: 'The pending image is not valid',
    UsersRequired: 'Users required',
    AppsRequired: 'Applications required',
    CitrixImageDeprecated: 'The Citrix image is deprecated',
    CapacityUpdateFailed: 'Changing the capacity failed',
    AddMachinesFailure: 'Adding machines failed',
    ImageRollback: 'The image was rolled back',
    DeleteMachineFailure: 'Deleting a machine failed',
    UpdateCatalogHostingUnitFailure: 'Updating the hosting connection failed',
    RemotePcMachineAssignmentFailure: 'Assigning Remote PC machines failed',
    RemotePcEnrollmentScopeFailure: 'Setting the Remote PC enrollment scope failed',
    PublishSecureBrowserFailure: 'Publishing Secure Browser failed',
    VdaRegisterFailure: 'A VDA did not register',
    PendingVdaUpdate: 'Machines waiting to restart on the new image',
  },
  subState,
  // Every TemplateImageState reads well split into words ("Builder active"), so none is listed.
  imageState: {},
  // Nova's image statuses; ERROR is the one an admin acts on, so it reads as the Citrix one does.
  rackspaceImageStatus: {
    ACTIVE: 'Active',
    SAVING: 'Saving',
    ERROR: 'Failed',
    UNKNOWN: 'Unknown',
    DELETED: 'Deleted',
  },
  osPlatform: { Windows: 'Windows', Linux: 'Linux' },
} satisfies Record<string, Record<string, string>>;

export type CodeKind = keyof typeof codeTables;

/** `inWords('protocol', 'Hdx')` → `{ words: 'HDX', code: 'Hdx' }`; null when none was sent. */
export function inWords(kind: CodeKind, code: string | null | undefined): Worded | null {
  return worded(codeTables[kind], code);
}
