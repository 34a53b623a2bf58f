import { describe, expect, it } from 'vitest';
import { codeTables, inWords, spacedWords, type CodeKind } from './code-words.ts';

// The values each enum has in the published specs (enums-cvad.json, enums-catalogservice.json).
const specEnums: [CodeKind, string[]][] = [
  ['sessionSupport', ['Unknown', 'SingleSession', 'MultiSession', 'Both', 'Any']],
  ['sessionState', ['Unknown', 'Connected', 'Active', 'Disconnected']],
  ['protocol', ['Unknown', 'Hdx', 'Rdp', 'Console']],
  [
    'connectionMode',
    [
      'Unknown',
      'Brokered',
      'Unbrokered',
      'LeasedConnection',
      'VdaHighAvailabilityMode',
      'ThirdPartyBroker',
      'ThirdPartyBrokerWithLicensing',
    ],
  ],
  ['registration', ['Unknown', 'Unregistered', 'Initializing', 'Registered', 'AgentError']],
  ['allocation', ['Permanent', 'Static', 'Random', 'Unknown']],
  [
    'catalogType',
    [
      'ManagedNonDomainJoined',
      'ManagedDomainJoined',
      'CustomerDomainJoined',
      'CustomerNonDomainJoined',
      'CustomerAzureAdJoined',
      'ManagedHybridEntraIdJoined',
    ],
  ],
  [
    'catalogWarning',
    [
      'PendingTemplateImageInvalid',
      'UsersRequired',
      'AppsRequired',
      'CitrixImageDeprecated',
      'CapacityUpdateFailed',
      'AddMachinesFailure',
      'ImageRollback',
      'DeleteMachineFailure',
      'UpdateCatalogHostingUnitFailure',
      'RemotePcMachineAssignmentFailure',
      'RemotePcEnrollmentScopeFailure',
      'PublishSecureBrowserFailure',
      'VdaRegisterFailure',
      'PendingVdaUpdate',
    ],
  ],
  // TemplateImageSubState, all of it: an image's sub-state is what says why it failed.
  [
    'subState',
    [
      'ProcessingProvisioningMasterImage',
      'ProcessingVerifyingMasterImage',
      'ProcessingRemovingMasterImageAzureResources',
      'ProcessingCreatingBuilderVm',
      'ProcessingPoweringBuilderVm',
      'ProcessingImportingImageVhdFile',
      'ErrorMasterImageProvisioningFailed',
      'ErrorMasterImageVerificationFailed',
      'ErrorMasterImageNotFound',
      'ErrorMasterImageInvalidOs',
      'ErrorMasterImageMcsNotConfigured',
      'ErrorMasterImageNoSupportedVdaFound',
      'ErrorMasterImageScanningStartMenuAppsFailed',
      'ErrorMasterImageAzureResourceRemovalFailed',
      'ErrorMasterImageVhdNotFound',
      'ErrorBuilderVmNotFound',
      'ErrorBuilderVmSizeUnsupported',
      'ErrorImportImageUrlNotValid',
      'ErrorBuilderServiceAccountInvalid',
      'ErrorBuilderNoQuota',
      'ErrorMasterImageInvalidMultiSessionVda',
      'ErrorMasterImageInvalidSingleSessionVda',
      'ErrorCitrixManagedSubscriptionAssignmentFailed',
    ],
  ],
];

describe('code words', () => {
  it('puts the codes the console shows in words, keeping the code for a support ticket', () => {
    expect(inWords('protocol', 'Hdx')).toEqual({ words: 'HDX', code: 'Hdx' });
    expect(inWords('protocol', 'Rdp')).toEqual({ words: 'RDP (Remote Desktop)', code: 'Rdp' });
    expect(inWords('sessionSupport', 'SingleSession')).toEqual({
      words: 'Single-session',
      code: 'SingleSession',
    });
    expect(inWords('catalogType', 'CustomerAzureAdJoined')?.words).toBe(
      'Joined to your Microsoft Entra ID (Azure AD)',
    );
    expect(inWords('subState', 'ErrorBuilderNoQuota')?.words).toBe(
      'No quota left in the Azure subscription to build the image',
    );
  });

  it.each(specEnums)('has words of its own for every %s value the spec lists', (kind, codes) => {
    const table: Record<string, string | undefined> = codeTables[kind];
    const missing = codes.filter((code) => !table[code]);
    expect(missing).toEqual([]);
  });

  it('shows a code it does not know as sent, split into words, never blank', () => {
    expect(inWords('catalogWarning', 'QuotaNearlyExhausted')).toEqual({
      words: 'Quota nearly exhausted',
      code: 'QuotaNearlyExhausted',
    });
    expect(inWords('protocol', 'Hdx2')).toEqual({ words: 'Hdx2', code: 'Hdx2' });
    expect(spacedWords('AzureResourcesNotFound')).toBe('Azure resources not found');
  });

  it('says nothing for a code the API did not send, so the caller shows a dash or "Not reported"', () => {
    expect(inWords('protocol', undefined)).toBeNull();
    expect(inWords('protocol', null)).toBeNull();
    expect(inWords('protocol', '')).toBeNull();
  });
});
