#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL, creates a throw-away role and database for
# the server tests, and prints `TEST_DATABASE_URL=...` on its last line of stdout.
# Usage in .ci/run:  eval "$(.ci/postgres.sh | tail -n 1)" && export TEST_DATABASE_URL
set -euo pipefail

DB_NAME="${PG_TEST_DB:-skills_profile_test}"
DB_USER="${PG_TEST_USER:-skills_profile}"
DB_PASS="${PG_TEST_PASSWORD:-skills_profile}"

log() { echo "postgres.sh: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"

if ! pg_lsclusters -h 2>/dev/null | awk -v v="$VERSION" '$1 == v' | grep -q .; then
  log "creating cluster $VERSION/main"
  pg_createcluster "$VERSION" main >&2
fi
CLUSTER="$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v { print $2; exit }')"
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { print $3; exit }')"

if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c { print $4 }' | grep -q online; then
  log "starting cluster $VERSION/$CLUSTER on port $PORT"
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$PORT" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2

as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi; }

as_postgres psql -p "$PORT" -v ON_ERROR_STOP=1 -q -d postgres >&2 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS';
  END IF;
END \$\$;
SQL
if ! as_postgres psql -p "$PORT" -tAq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
  as_postgres createdb -p "$PORT" -O "$DB_USER" "$DB_NAME" >&2
fi

echo "TEST_DATABASE_URL=postgres://$DB_USER:$DB_PASS@127.0.0.1:$PORT/$DB_NAME"
