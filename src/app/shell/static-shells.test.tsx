import { describe, expect, it } from 'vitest';
import { pageModules } from '../../../contracts/page-modules.ts';
import { accountSlot } from '../../../contracts/shell-slots.ts';
import { pageHeadings } from '../../lib/page-headings.ts';
import { renderStaticShells } from './static-shells.tsx';

/** As React writes text into HTML. */
const html = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

describe('the pages painted before their code runs (the static shells)', () => {
  const shells = renderStaticShells();

  it('paints the heading and description of every page whose heading needs no data', () => {
    const painted = {
      '/': pageHeadings.images,
      '/images': pageHeadings.images,
      '/catalogs': pageHeadings.catalogs,
      '/rollouts/new': pageHeadings['rollout-new'],
      '/sessions': pageHeadings.sessions,
      // A session opens over the sessions page.
      '/sessions/:sessionId': pageHeadings.sessions,
      '/audit': pageHeadings.audit,
      '/settings': pageHeadings.settings,
    };
    for (const [pattern, { title, description }] of Object.entries(painted)) {
      const shell = shells[pattern];
      expect(shell, pattern).toContain(`>${html(title)}</h1>`);
      expect(shell, pattern).toContain(`>${html(description)}</div>`);
    }
  });

  it('paints a loader where the heading comes with the data', () => {
    for (const pattern of ['/images/:provider/:imageId', '/catalogs/:catalogId']) {
      expect(shells[pattern], pattern).not.toContain('</h1>');
      expect(shells[pattern], pattern).toContain('aria-label="Loading"');
    }
  });

  it('paints a person’s page as the app does before their sessions are in: the account, then a loader', () => {
    const shell = shells['/users/:user']!;
    // The server writes the address's account in its place (server/production/page-html.ts).
    expect(shell).toContain(`>${accountSlot}</h1>`);
    expect(shell.indexOf('</h1>')).toBeLessThan(shell.indexOf('aria-label="Loading"'));
  });

  it('carries no CSS variables of the theme: the stylesheet has them (theme-variables.css)', () => {
    for (const [pattern, shell] of Object.entries(shells)) {
      expect(shell, pattern).not.toContain('data-mantine-styles="true"');
    }
  });

  it('has a shell for every address the server names modules for', () => {
    expect(Object.keys(shells).sort()).toEqual(pageModules.map(({ pattern }) => pattern).sort());
  });
});
