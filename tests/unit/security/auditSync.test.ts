// @vitest-environment node
import 'fake-indexeddb/auto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../server/app';
import { openPglite, type Database } from '../../../server/db/database';
import { migrate } from '../../../server/db/migrate';
import { addDevice } from '../../../server/devices';
import { sendAuditTrail } from '../../../src/security/auditSync';
import { eraseOnServer, sendPendingErasures } from '../../../src/security/serverErasure';
import { makeProfile, putBody } from '../../../server/testing/profileFixture';
import { createUnlockedStore } from '../../support/unlockedStore';

let db: Database;
let server: FastifyInstance;
let serverUrl: string;

beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
  server = await buildApp({ db, rateLimitPerMinute: false });
  await server.listen({ port: 0, host: '127.0.0.1' });
  serverUrl = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await server?.close();
  await db?.close();
});

describe('audit trail sent with sync', () => {
  it('delivers unsent entries once, with ids only, under the device’s organisation', async () => {
    const { token } = await addDevice(db, 'centro-bari', 'tablet-a');
    const { store, operator } = await createUnlockedStore();
    const interview = await store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    await store.get(interview.id);
    expect(await sendAuditTrail(store, { serverUrl, token })).toEqual({ kind: 'sent', entries: 2 });
    expect(await store.unsentAudit()).toEqual([]);
    expect(await sendAuditTrail(store, { serverUrl, token })).toEqual({ kind: 'sent', entries: 0 });
    await store.erase(interview.id);
    expect(await sendAuditTrail(store, { serverUrl, token })).toEqual({ kind: 'sent', entries: 1 });

    const { rows } = await db.query<{ org: string; action: string; operator_id: string; interview_id: string }>(
      'SELECT org, action, operator_id, interview_id FROM audit_entries WHERE interview_id = $1 ORDER BY seq',
      [interview.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['created', 'opened', 'erased']);
    expect(rows.every((r) => r.org === 'centro-bari' && r.operator_id === operator.id)).toBe(true);
  });

  it('keeps entries unsent when the server refuses the token or cannot be reached', async () => {
    const { store, operator } = await createUnlockedStore();
    await store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    expect(await sendAuditTrail(store, { serverUrl, token: 'spt_not-a-token' })).toEqual({ kind: 'unauthorized', status: 401 });
    expect(await sendAuditTrail(store, { serverUrl: 'http://127.0.0.1:1', token: 'x' })).toMatchObject({ kind: 'retry', status: 0 });
    expect(await store.unsentAudit()).toHaveLength(1);
  });

  it('re-sending the same entries stores nothing twice', async () => {
    const { token } = await addDevice(db, 'centro-bari', 'tablet-b');
    const { store, operator } = await createUnlockedStore();
    await store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    const entries = await store.unsentAudit();
    const post = () => fetch(`${serverUrl}/api/v1/audit`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ entries }) });
    expect(await (await post()).json()).toEqual({ received: 1, throughSeq: entries[0]!.seq });
    expect(await (await post()).json()).toEqual({ received: 0, throughSeq: entries[0]!.seq });
  });

  it('rejects entries that carry anything but the expected ids', async () => {
    const { token } = await addDevice(db, 'centro-bari', 'tablet-c');
    const entry = { seq: 1, at: new Date().toISOString(), operatorId: 'op', action: 'opened', interviewId: crypto.randomUUID(), name: 'Someone' };
    const send = (body: unknown) => fetch(`${serverUrl}/api/v1/audit`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    expect((await send({ entries: [entry] })).status).toBe(400); // a name has no place in the trail
    expect((await send({ entries: [{ ...entry, name: undefined, action: 'read-aloud' }] })).status).toBe(400);
    expect((await send({ entries: [{ ...entry, name: undefined }] })).status).toBe(200);
    const { rows } = await db.query('SELECT * FROM audit_entries WHERE interview_id = $1', [entry.interviewId]);
    expect(JSON.stringify(rows)).not.toContain('Someone');
  });

  it('an erasure on the device is sent to the server until confirmed; a resend of the profile is then refused (410)', async () => {
    const { token } = await addDevice(db, 'centro-bari', 'tablet-e');
    const { store, operator } = await createUnlockedStore();
    const interview = await store.create({ operatorId: operator.id, operatorLanguage: 'it', intervieweeLanguage: 'ar' });
    const profile = makeProfile({ id: interview.id });
    const put = () => fetch(`${serverUrl}/api/v1/profiles/${interview.id}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(putBody(profile)) });
    expect((await put()).status).toBe(201);

    await store.erase(interview.id);
    expect(await store.pendingServerErasures()).toEqual([interview.id]);
    expect(await sendPendingErasures(store, { serverUrl, token: 'spt_wrong' })).toMatchObject({ erased: 0, result: { kind: 'unauthorized' } });
    expect(await store.pendingServerErasures()).toEqual([interview.id]); // still owed to the server
    expect(await sendPendingErasures(store, { serverUrl, token })).toEqual({ erased: 1, result: undefined });
    expect(await store.pendingServerErasures()).toEqual([]);
    expect((await put()).status).toBe(410);
  });

  it('erases a profile on the server through the app’s client', async () => {
    const { token } = await addDevice(db, 'centro-bari', 'tablet-d');
    const id = crypto.randomUUID();
    expect(await eraseOnServer({ serverUrl, token }, id)).toMatchObject({ kind: 'erased', response: { id, revisionsErased: 0 } });
    expect(await eraseOnServer({ serverUrl, token: 'spt_wrong' }, id)).toEqual({ kind: 'unauthorized', status: 401 });
  });
});
