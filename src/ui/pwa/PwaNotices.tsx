import type { Route } from '../../app/route';
import { useInstall } from '../../pwa/hooks';
import { lazyPart, useLazyPart } from '../common/lazyPart';
import { OfflineReadyNotice } from './OfflineReadyNotice';
import { PersistenceNotice } from './PersistenceNotice';
import { UpdateBanner } from './UpdateBanner';
import './pwa.css';

// Offered on few visits (once the browser allows installing, or on iPad Safari): its code is not on the list's first load.
const installPart = lazyPart(() => import('./InstallPrompt'));

function InstallOffer() {
  const install = useInstall();
  const part = useLazyPart(installPart, install.canPrompt || install.showIosHelp);
  return part.kind === 'ready' ? <part.module.InstallPrompt /> : null;
}

/** Offline readiness, update and install offers belong to the interview list; during an interview only the storage answer is shown. */
export function PwaNotices({ route }: { route: Route }) {
  const inInterview = route.name === 'interview' || route.name === 'finish';
  return (
    <div className="pwa-notices">
      {route.name === 'list' && (
        <>
          <OfflineReadyNotice />
          <UpdateBanner />
          <InstallOffer />
        </>
      )}
      {inInterview && <PersistenceNotice />}
    </div>
  );
}
