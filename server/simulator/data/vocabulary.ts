/** Lookup tables for realistic fake data. Sessions store indices into these, not strings. */

export const firstNames = [
  'Aisha',
  'Ben',
  'Carla',
  'Daniel',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ingrid',
  'Jamal',
  'Keiko',
  'Liam',
  'Maria',
  'Noah',
  'Olga',
  'Priya',
  'Quinn',
  'Rafael',
  'Sofia',
  'Tomas',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zoe',
  'Anton',
  'Bianca',
  'Chloe',
  'Dmitri',
  'Emeka',
  'Fatima',
  'Gustav',
  'Hannah',
  'Ivan',
  'Julia',
] as const;

export const lastNames = [
  'Andersen',
  'Bauer',
  'Chen',
  'Dubois',
  'Evans',
  'Fischer',
  'Garcia',
  'Hoffmann',
  'Ivanova',
  'Jensen',
  'Kim',
  'Lopez',
  'Muller',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Urban',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zimmermann',
  'Novak',
  'Costa',
  'Larsen',
  'Moreau',
  'Singh',
] as const;

export const companies = [
  { name: 'Contoso Health', netbios: 'CONTOSO', dnsDomain: 'corp.contoso.com' },
  { name: 'Fabrikam Logistics', netbios: 'FABRIKAM', dnsDomain: 'ad.fabrikam.net' },
  { name: 'Northwind Traders', netbios: 'NORTHWIND', dnsDomain: 'corp.northwind.io' },
  { name: 'Tailspin Finance', netbios: 'TAILSPIN', dnsDomain: 'hq.tailspin.org' },
] as const;

export const azureRegions = [
  'eastus',
  'eastus2',
  'westus2',
  'centralus',
  'westeurope',
  'northeurope',
  'uksouth',
  'southeastasia',
  'australiaeast',
] as const;

export const subscriptionNames = ['VDI-Production', 'VDI-Pilot', 'Shared-Services'] as const;

/** Windows images offered for DaaS, with session support and the Azure VM size they typically run on. */
export const windowsImages = [
  {
    osName: 'Windows 11 Enterprise multi-session',
    osVersion: '10.0.26100',
    server: false,
    multi: true,
  },
  {
    osName: 'Windows 10 Enterprise multi-session',
    osVersion: '10.0.19045',
    server: false,
    multi: true,
  },
  { osName: 'Windows 11 Enterprise', osVersion: '10.0.26100', server: false, multi: false },
  { osName: 'Windows 10 Enterprise', osVersion: '10.0.19045', server: false, multi: false },
  { osName: 'Windows Server 2022 Datacenter', osVersion: '10.0.20348', server: true, multi: true },
  { osName: 'Windows Server 2019 Datacenter', osVersion: '10.0.17763', server: true, multi: true },
] as const;

/** VDA releases (current and LTSR); the agent version reported by machines derives from these. */
export const vdaVersions = [
  '2203.0.4000',
  '2402.0.100',
  '2411.0.200',
  '2503.0.0',
  '2507.0.100',
] as const;

export const vmSizes = [
  'Standard_D2s_v5',
  'Standard_D4s_v5',
  'Standard_D8s_v5',
  'Standard_E4s_v5',
] as const;

export const imageNameStems = [
  'Finance',
  'Sales',
  'Engineering',
  'Call Center',
  'Developers',
  'HR',
  'Kiosk',
];

export const catalogStems = [
  'Finance',
  'Sales',
  'Engineering',
  'Call Center',
  'Developers',
  'HR',
  'Marketing',
  'Legal',
  'Support',
  'Contractors',
  'Design',
  'Research',
];

/** Client devices: Citrix Workspace app product IDs per platform (1 = Windows, 82 = macOS, 83 = Linux…). */
export const clientPlatforms = [
  { platform: 'Windows', productId: 1, version: '24.9.10.28', weight: 55 },
  { platform: 'Mac', productId: 82, version: '24.11.0.12', weight: 15 },
  { platform: 'HTML5', productId: 257, version: '25.1.0.14', weight: 15 },
  { platform: 'iOS', productId: 84, version: '25.1.0', weight: 6 },
  { platform: 'Android', productId: 86, version: '25.1.5', weight: 4 },
  { platform: 'Linux', productId: 81, version: '25.02.0.20', weight: 5 },
] as const;

export const publishedApps = [
  'Microsoft Word',
  'Microsoft Excel',
  'Microsoft Outlook',
  'Microsoft Teams',
  'SAP GUI',
  'Notepad++',
  'Adobe Acrobat Reader',
  'Visual Studio Code',
] as const;
