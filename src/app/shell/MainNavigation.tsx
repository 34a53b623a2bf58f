import {
  IconDeviceDesktop,
  IconHistory,
  IconPhoto,
  IconSettings,
  IconStack2,
  type Icon,
} from '@tabler/icons-react';
import { Link, useMatch } from 'react-router';
import { paths } from '../../lib/paths.ts';
import classes from './MainNavigation.module.css';

const items: { label: string; to: string; icon: Icon }[] = [
  { label: 'Images', to: paths.images.href(), icon: IconPhoto },
  { label: 'Catalogs', to: paths.catalogs.href(), icon: IconStack2 },
  { label: 'Sessions', to: paths.sessions.href(), icon: IconDeviceDesktop },
  // Every role may read the trail; only writes are recorded in it.
  { label: 'Audit', to: paths.audit.href(), icon: IconHistory },
  { label: 'Settings', to: paths.settings.href(), icon: IconSettings },
];

interface NavItemProps {
  label: string;
  to: string;
  icon: Icon;
  onNavigate: () => void;
}

function NavItem({ label, to, icon: ItemIcon, onNavigate }: NavItemProps) {
  // Active for the page and anything under it, e.g. a catalog's detail page.
  const active = useMatch({ path: to, end: false }) !== null;
  return (
    <Link
      to={to}
      className={classes.link}
      data-active={active || undefined}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    >
      <ItemIcon size={18} stroke={1.5} aria-hidden />
      {label}
    </Link>
  );
}

export interface MainNavigationProps {
  /** Called after a link is followed, so the small-screen drawer can close. */
  onNavigate: () => void;
}

export function MainNavigation({ onNavigate }: MainNavigationProps) {
  const links = items.map((item) => <NavItem key={item.to} {...item} onNavigate={onNavigate} />);
  return <>{links}</>;
}
