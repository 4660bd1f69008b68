#!/usr/bin/env bash
# Online backup of the embedded H2 database while Wildcase runs (the embedded default).
#   config/backup/backup-h2.sh [base-url] [copy-to-dir]
# Asks the application for H2's BACKUP TO (a consistent zip of the database file, written under the app's
# ./data/backups/), as an admin: WILDCASE_ADMIN_USER / WILDCASE_ADMIN_PASSWORD (the demo admin by default).
# With copy-to-dir, also copies the zip there (when the app runs on this machine).
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
copy_to=${2:-}
user=${WILDCASE_ADMIN_USER:-admin}
password=${WILDCASE_ADMIN_PASSWORD:-demo}

reply=$(curl -fsS -u "$user:$password" -X POST "$base/actuator/backup") || {
  echo "backup-h2: the application at $base refused or did not answer (is it running, is $user an admin?)" >&2
  exit 1
}
file=$(printf '%s' "$reply" | sed -n 's/.*"file":"\([^"]*\)".*/\1/p')
echo "backup-h2: $file"
if [ -n "$copy_to" ]; then
  mkdir -p "$copy_to"
  cp "$file" "$copy_to/"
  echo "backup-h2: copied to $copy_to/$(basename "$file")"
fi
