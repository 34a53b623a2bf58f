import type { CitrixProblem } from '../../citrix-problems.ts';

/** Requests about machines the simulator refuses, in the Citrix Cloud common error kinds. */
export const machineProblems = {
  machineNotFound: (nameOrId: string): CitrixProblem => ({
    kind: 'notFound',
    detail: `Machine ${nameOrId} was not found`,
    parameters: [{ name: 'nameOrId', value: nameOrId }],
    sdkErrorId: 'MachineNotFound',
  }),
  invalidSessionSupport: (value: string): CitrixProblem => ({
    kind: 'invalidEnum',
    detail: `sessionSupport must be SingleSession or MultiSession (got ${JSON.stringify(value)})`,
    parameters: [{ name: 'parameter', value: 'sessionSupport' }],
    sdkErrorId: 'InvalidParameter',
  }),
  invalidUpdate: (detail: string): CitrixProblem => ({
    kind: 'invalidJson',
    detail,
    sdkErrorId: 'InvalidRequestBody',
  }),
};
