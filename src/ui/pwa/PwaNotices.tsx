import type { Route } from '../../app/route';
import { InstallPrompt } from './InstallPrompt';
import { PersistenceNotice } from './PersistenceNotice';
import { UpdateBanner } from './UpdateBanner';
import './pwa.css';

/** Update and install offers belong to the interview list; during an interview only the storage answer is shown. */
export function PwaNotices({ route }: { route: Route }) {
  const inInterview = route.name === 'interview' || route.name === 'finish';
  return (
    <div className="pwa-notices">
      {route.name === 'list' && (
        <>
          <UpdateBanner />
          <InstallPrompt />
        </>
      )}
      {inInterview && <PersistenceNotice />}
    </div>
  );
}
