-- Audit trail sent by devices: who did what to which interview, when. Ids only, never content.
-- (device_id, seq) identifies an entry, so a device that re-sends after a lost answer adds nothing.
CREATE TABLE audit_entries (
  org text NOT NULL,
  device_id uuid NOT NULL REFERENCES devices (id),
  seq integer NOT NULL CHECK (seq >= 1),
  at timestamptz NOT NULL,
  operator_id text NOT NULL,
  action text NOT NULL,
  interview_id uuid NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (device_id, seq)
);
CREATE INDEX audit_entries_org_interview ON audit_entries (org, interview_id);
