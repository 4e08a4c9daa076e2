-- Devices enrolled by an administrator. Only a SHA-256 of the token is kept.
CREATE TABLE devices (
  id uuid PRIMARY KEY,
  org text NOT NULL,
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz,
  last_seen_at timestamptz
);
CREATE INDEX devices_org ON devices (org);

-- Every accepted revision of every profile; the latest is the one with the highest revision.
-- Profiles belong to an organisation: the same id in two organisations is two profiles.
CREATE TABLE profile_revisions (
  org text NOT NULL,
  id uuid NOT NULL,
  revision integer NOT NULL CHECK (revision >= 1),
  content_hash text NOT NULL,
  document jsonb NOT NULL,
  received_at timestamptz NOT NULL,
  device_id uuid NOT NULL REFERENCES devices (id),
  PRIMARY KEY (org, id, revision)
);

-- Erased profiles: no content is kept, only the fact, so that a late resend cannot bring it back.
CREATE TABLE profile_tombstones (
  org text NOT NULL,
  id uuid NOT NULL,
  erased_at timestamptz NOT NULL,
  device_id uuid NOT NULL REFERENCES devices (id),
  PRIMARY KEY (org, id)
);
