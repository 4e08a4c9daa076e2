import type { Route } from '../../app/route';
import { InstallPrompt } from './InstallPrompt';
import { OfflineReadyNotice } from './OfflineReadyNotice';
import { PersistenceNotice } from './PersistenceNotice';
import { UpdateBanner } from './UpdateBanner';
import './pwa.css';

/** Offline readiness, update and install offers belong to the interview list; during an interview only the storage answer is shown. */
export function PwaNotices({ route }: { route: Route }) {
  const inInterview = route.name === 'interview' || route.name === 'finish';
  return (
    <div className="pwa-notices">
      {route.name === 'list' && (
        <>
          <OfflineReadyNotice />
          <UpdateBanner />
          <InstallPrompt />
        </>
      )}
      {inInterview && <PersistenceNotice />}
    </div>
  );
}
