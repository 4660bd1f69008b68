#!/usr/bin/env bash
# Backup of Wildcase's PostgreSQL database with pg_dump, custom format (compressed; pg_restore reads it).
#   config/backup/backup-postgres.sh <file.dump>
# Connection from libpq's variables: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD (or ~/.pgpass).
# Runs while Wildcase runs: pg_dump reads one consistent snapshot.
set -euo pipefail
out=${1:?usage: backup-postgres.sh <file.dump>}
pg_dump --format=custom --no-owner --no-privileges --file="$out"
echo "backup-postgres: $(du -h "$out" | cut -f1) written to $out"
