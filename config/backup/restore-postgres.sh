#!/usr/bin/env bash
# Restores a backup-postgres.sh dump into an EMPTY database (create it first: createdb wildcase_restored).
#   config/backup/restore-postgres.sh <file.dump>
# Connection from libpq's variables: PGHOST, PGPORT, PGDATABASE (the empty target), PGUSER, PGPASSWORD.
# Everything is restored in one transaction: on any error, nothing is.
set -euo pipefail
dump=${1:?usage: restore-postgres.sh <file.dump>}
[ -f "$dump" ] || { echo "restore-postgres: no file $dump" >&2; exit 1; }
tables=$(psql -Atq -c "select count(*) from information_schema.tables where table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "restore-postgres: the database ${PGDATABASE:-} is not empty ($tables tables); restore into an empty one" >&2
  exit 1
fi
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="${PGDATABASE:?set PGDATABASE}" "$dump"
echo "restore-postgres: restored into ${PGDATABASE}"
