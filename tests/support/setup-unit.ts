import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// The whole app renders in jsdom with real (encrypted) IndexedDB writes: on a loaded 2-core CI
// machine a screen can take more than the default second to appear.
configure({ asyncUtilTimeout: 5_000 });
