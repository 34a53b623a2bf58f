import type { Worded } from './code-words.ts';

/**
 * Region codes in words: Rackspace's as its control panel names them ("Dallas (DFW)"), Azure's
 * (Citrix DaaS Standard for Azure) as the Azure portal does ("West US 2"). A code neither table
 * knows is shown as it came.
 */
const rackspaceRegions: Record<string, string> = {
  DFW: 'Dallas',
  ORD: 'Chicago',
  IAD: 'Northern Virginia',
  LON: 'London',
  HKG: 'Hong Kong',
  SYD: 'Sydney',
};

const azureRegions: Record<string, string> = {
  eastus: 'East US',
  eastus2: 'East US 2',
  westus: 'West US',
  westus2: 'West US 2',
  westus3: 'West US 3',
  centralus: 'Central US',
  northcentralus: 'North Central US',
  southcentralus: 'South Central US',
  westcentralus: 'West Central US',
  canadacentral: 'Canada Central',
  canadaeast: 'Canada East',
  brazilsouth: 'Brazil South',
  mexicocentral: 'Mexico Central',
  northeurope: 'North Europe',
  westeurope: 'West Europe',
  uksouth: 'UK South',
  ukwest: 'UK West',
  francecentral: 'France Central',
  germanywestcentral: 'Germany West Central',
  switzerlandnorth: 'Switzerland North',
  norwayeast: 'Norway East',
  swedencentral: 'Sweden Central',
  polandcentral: 'Poland Central',
  italynorth: 'Italy North',
  spaincentral: 'Spain Central',
  eastasia: 'East Asia',
  southeastasia: 'Southeast Asia',
  japaneast: 'Japan East',
  japanwest: 'Japan West',
  koreacentral: 'Korea Central',
  koreasouth: 'Korea South',
  centralindia: 'Central India',
  southindia: 'South India',
  westindia: 'West India',
  australiaeast: 'Australia East',
  australiasoutheast: 'Australia Southeast',
  australiacentral: 'Australia Central',
  uaenorth: 'UAE North',
  qatarcentral: 'Qatar Central',
  israelcentral: 'Israel Central',
  southafricanorth: 'South Africa North',
};

/** Citrix Cloud's regions as Citrix Cloud names them (one sign-in host per region). */
const citrixCloudRegions: Record<string, string> = {
  us: 'United States',
  eu: 'European Union',
  'ap-s': 'Asia Pacific South',
  jp: 'Japan',
};

/** "United States" for `us`, or the code itself when it is not known. */
export function citrixCloudRegionWords(code: string): string {
  return citrixCloudRegions[code.toLowerCase()] ?? code;
}

/** A Citrix Cloud region in words, its code on hover (`Facts`). */
export function citrixCloudRegionInWords(code: string): Worded {
  return { words: citrixCloudRegionWords(code), code };
}

/** A region in words, its code on hover (`Facts`, `CodeWords`); null when none was sent. */
export function regionInWords(code: string | null | undefined): Worded | null {
  return code ? { words: regionWords(code), code } : null;
}

/** "Dallas (DFW)", "West US 2", or the code itself when it is not known. */
export function regionWords(code: string): string {
  const rackspace = rackspaceRegions[code.toUpperCase()];
  if (rackspace) return `${rackspace} (${code.toUpperCase()})`;
  return azureRegions[code.toLowerCase()] ?? code;
}
