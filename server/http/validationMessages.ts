import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * The shared schemas use `zod/mini`, which ships no messages (the app translates by path and its
 * own keys). A 400's `issues` are read by people administering the server and shown raw on the
 * device's quarantine screen, so the server words zod's own issues in English.
 */
z.config(en());
