/**
 * The demo IdP's interaction pages: sign-in with username and password, and cancel. Consent is
 * never asked (the console is first-party, see loadExistingGrant).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors, type Provider } from 'oidc-provider';
import { sendHtml } from '../html-page.ts';
import { FormTooLarge, readForm } from '../read-form.ts';
import { checkPassword, type IdpAccount } from './demo-accounts.ts';
import { idpErrorPage, signInPage } from './idp-pages.ts';

export interface InteractionOptions {
  provider: Provider;
  accounts: readonly IdpAccount[];
  password: string;
  /** Lines under the form about the demo accounts. */
  note: string[];
  mountPath: string;
  consoleUrl: string;
}

export type InteractionAction = 'show' | 'login' | 'abort';

export async function serveInteraction(
  options: InteractionOptions,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  action: InteractionAction,
): Promise<void> {
  const { provider } = options;
  const expectedMethod = action === 'login' ? 'POST' : 'GET';
  if (req.method !== expectedMethod) {
    res.writeHead(405, { Allow: expectedMethod }).end();
    return;
  }
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch (error) {
    if (!(error instanceof errors.SessionNotFound)) throw error;
    details = null;
  }
  // The cookie names the interaction in progress; a page of another (older) one has expired.
  if (!details || details.uid !== uid || details.prompt.name !== 'login') {
    const message = 'This sign-in page has expired or was already used.';
    sendHtml(res, 400, idpErrorPage(message, options.consoleUrl));
    return;
  }
  const page = (error: string | null, username: string) =>
    signInPage({
      action: `${options.mountPath}/interaction/${uid}/login`,
      cancelHref: `${options.mountPath}/interaction/${uid}/abort`,
      error,
      username,
      note: options.note,
    });

  if (action === 'show') {
    sendHtml(res, 200, page(null, ''));
  } else if (action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'The person cancelled sign-in.' },
      { mergeWithLastSubmission: false },
    );
  } else {
    const form = await readForm(req).catch((error: unknown) => {
      if (!(error instanceof FormTooLarge)) throw error;
      return null;
    });
    if (!form) {
      res.setHeader('Connection', 'close');
      sendHtml(res, 413, idpErrorPage('The sign-in form sent was too large.', options.consoleUrl));
      return;
    }
    const username = form.get('username') ?? '';
    const account = checkPassword(
      options.accounts,
      options.password,
      username,
      form.get('password') ?? '',
    );
    if (!account) {
      sendHtml(res, 200, page('Wrong username or password.', username));
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.username, remember: false } },
      { mergeWithLastSubmission: false },
    );
  }
}

/** For failures nobody expected: a page in words, never a stack trace. */
export function sendInteractionFailure(res: ServerResponse, consoleUrl: string) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const message = 'The demo identity provider failed unexpectedly. Please try again.';
  sendHtml(res, 500, idpErrorPage(message, consoleUrl));
}
