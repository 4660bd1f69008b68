#!/usr/bin/env bash
# Restores an H2 backup (a zip from backup-h2.sh) into an empty data directory.
#   config/backup/restore-h2.sh <backup.zip> <data-dir>
# Wildcase must not run on <data-dir>. Start it afterwards in the folder that holds <data-dir> (the embedded
# default reads ./data/wildcase.mv.db); it migrates the schema if the backup is older than the application.
set -euo pipefail
zip=${1:?usage: restore-h2.sh <backup.zip> <data-dir>}
data=${2:?usage: restore-h2.sh <backup.zip> <data-dir>}
[ -f "$zip" ] || { echo "restore-h2: no file $zip" >&2; exit 1; }
if [ -e "$data/wildcase.mv.db" ]; then
  echo "restore-h2: $data already holds a database; restore into an empty directory (or move it aside)" >&2
  exit 1
fi
mkdir -p "$data"
# The zip holds wildcase.mv.db at its top; Java's jar tool or unzip reads it.
if command -v unzip >/dev/null 2>&1; then
  unzip -q -o "$zip" -d "$data"
else
  (cd "$data" && jar xf "$(realpath "$zip")")
fi
[ -f "$data/wildcase.mv.db" ] || { echo "restore-h2: $zip holds no wildcase.mv.db" >&2; exit 1; }
echo "restore-h2: restored $data/wildcase.mv.db"
