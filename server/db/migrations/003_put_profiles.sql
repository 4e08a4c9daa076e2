-- Decides and stores a batch of profile uploads (server/profileUploads.ts) in one call. A function,
-- because PL/pgSQL keeps the plan of its statements for the session: planning the statement below
-- cost more than running it for a few uploads, on every call. On PostgreSQL it is also one round trip
-- for the locks and the statement, where BEGIN, lock, statement and COMMIT were four.
--
-- The profile locks (shared with erasure) are taken first, in key order so that two batches cannot
-- deadlock; the statement after them, like every statement of a volatile function, reads with a new
-- snapshot, so it sees whatever the holder of a lock committed. The arrays hold one upload per index;
-- `documents` is a JSON array of the documents. A batch never holds two uploads of one profile, so its
-- uploads do not see each other. One row per upload, in their order: whether the device is active,
-- whether the id is erased, the latest stored revision, and what was stored (nothing when refused).
-- `last_seen_at` is written with a new revision, at most once a minute per device.
-- Change it with CREATE OR REPLACE FUNCTION in a new migration.
CREATE FUNCTION put_profiles(
  lock_keys text[], orgs text[], ids uuid[], revisions integer[], content_hashes text[],
  documents jsonb, received timestamptz[], device_ids uuid[]
) RETURNS TABLE (
  id uuid, active boolean, erased boolean,
  latest_revision integer, latest_content_hash text, latest_received_at timestamptz,
  stored_revision integer, stored_content_hash text, stored_received_at timestamptz
) LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
BEGIN
  PERFORM pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtext(key) AS k FROM unnest(lock_keys) AS key ORDER BY k) AS keys;
  RETURN QUERY
  WITH upload AS (
    SELECT * FROM ROWS FROM (
      unnest(orgs), unnest(ids), unnest(revisions), unnest(content_hashes),
      jsonb_array_elements(documents), unnest(received), unnest(device_ids)
    ) WITH ORDINALITY AS u(org, id, revision, content_hash, document, received_at, device_id, n)
  ), checked AS (
    SELECT upload.*,
           EXISTS (SELECT 1 FROM devices WHERE devices.id = upload.device_id AND devices.revoked_at IS NULL) AS active,
           EXISTS (SELECT 1 FROM profile_tombstones t WHERE t.org = upload.org AND t.id = upload.id) AS erased,
           latest.revision AS latest_revision, latest.content_hash AS latest_content_hash, latest.received_at AS latest_received_at
      FROM upload LEFT JOIN LATERAL (
        SELECT r.revision, r.content_hash, r.received_at FROM profile_revisions r
         WHERE r.org = upload.org AND r.id = upload.id ORDER BY r.revision DESC LIMIT 1
      ) latest ON true
  ), stored AS (
    INSERT INTO profile_revisions (org, id, revision, content_hash, document, received_at, device_id)
    SELECT org, id, revision, content_hash, document, received_at, device_id FROM checked
     WHERE active AND NOT erased AND (latest_revision IS NULL OR latest_revision < revision)
    RETURNING org, id, revision, content_hash, received_at, device_id
  ), seen AS (
    UPDATE devices SET last_seen_at = device_upload.at
      FROM (SELECT device_id, max(received_at) AS at FROM stored GROUP BY device_id) AS device_upload
     WHERE devices.id = device_upload.device_id
       AND (devices.last_seen_at IS NULL OR devices.last_seen_at < device_upload.at - interval '1 minute')
  )
  SELECT c.id, c.active, c.erased, c.latest_revision, c.latest_content_hash, c.latest_received_at,
         s.revision, s.content_hash, s.received_at
    FROM checked c LEFT JOIN stored s ON s.org = c.org AND s.id = c.id
   ORDER BY c.n;
END
$fn$;
