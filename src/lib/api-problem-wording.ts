export const apiProblemKinds = [
  'credentials-rejected',
  'forbidden',
  'signed-out',
  'not-permitted',
  'audit-unavailable',
  'not-found',
  'rate-limited',
  'unavailable',
  'network-down',
  'timeout',
  'bad-request',
  'conflict',
  'not-configured',
  'unexpected-response',
  'incomplete-response',
  'unknown',
] as const;
export type ApiProblemKind = (typeof apiProblemKinds)[number];

export interface ProblemWording {
  title: string;
  message: string;
  /** The service's own text is the message itself (it is already in words for this person). */
  detailIsMessage?: true;
}

/**
 * What each kind of failure means to a help-desk user: a short title, and a sentence that says
 * what happened and what to do about it. The service's own text is added after, when it has some.
 */
export const problemWording: Record<ApiProblemKind, ProblemWording> = {
  'credentials-rejected': {
    title: 'Cloud credentials were rejected',
    message:
      'The cloud did not accept the API credentials the console signs in with. An administrator needs to check them.',
  },
  forbidden: {
    title: 'Not allowed',
    message: 'The console’s API client does not have permission to do this.',
  },
  // The console's own refusals, from its proxy: not the cloud's.
  'signed-out': {
    title: 'Your sign-in has ended',
    message:
      'Sign in again to carry on. If the sign-in page does not open by itself, reload this page.',
  },
  'not-permitted': {
    title: 'Not allowed for your role',
    // The proxy names the role and the action: "Your role, helpdesk, cannot start image rollouts."
    message: 'Your role does not allow this. An administrator can change your role.',
    detailIsMessage: true,
  },
  'audit-unavailable': {
    title: 'Audit trail unavailable',
    message:
      'Not sent: the console could not record it in the audit trail. Nothing was changed. Try again shortly.',
  },
  'not-found': {
    title: 'Not found',
    message: 'It may have been deleted or renamed, or the link may be out of date.',
  },
  'rate-limited': {
    title: 'Too many requests',
    message: 'The cloud is limiting how often the console can ask it for data.',
  },
  unavailable: {
    title: 'Service unavailable',
    message: 'The cloud service could not answer right now. This is usually temporary.',
  },
  'network-down': {
    title: 'Cannot reach the console server',
    message: 'Check your network connection and that the console server is running.',
  },
  timeout: {
    title: 'The request took too long',
    message: 'The service did not answer in time. This is usually temporary.',
  },
  'bad-request': {
    title: 'The request was not accepted',
    message: 'The service refused the request as invalid.',
  },
  conflict: {
    title: 'Conflicting change',
    message: 'It changed, or another operation is still running on it. Refresh and try again.',
  },
  'not-configured': {
    title: 'Not configured',
    message: 'No credentials are configured for this cloud provider.',
  },
  'unexpected-response': {
    title: 'Unexpected response',
    message: 'The service answered in a form the console does not understand.',
  },
  'incomplete-response': {
    title: 'Incomplete response',
    message: 'The service’s answer arrived cut short or garbled. This is usually temporary.',
  },
  unknown: {
    title: 'Something went wrong',
    message: 'An unexpected error occurred.',
  },
};
