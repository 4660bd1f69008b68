#!/usr/bin/env bash
# Starts a Keycloak for trials and tests, without Docker, with the Wildcase trial realm imported.
#
# The Keycloak distribution comes from Maven Central through the project's Maven wrapper, so it is
# cached in the local Maven repository (~/.m2) and unpacked once under target/keycloak/.
# The database is in memory (--db=dev-mem): every start imports config/keycloak/wildcase-realm.json
# afresh, and nothing survives a stop. Trials only: demo users with password "demo", trial secrets.
#
# Usage, from anywhere in the repository:  config/keycloak/start-keycloak.sh [extra kc.sh options]
# Settings (environment):
#   KEYCLOAK_VERSION            default 26.5.6
#   KEYCLOAK_HOST / KEYCLOAK_PORT  default 127.0.0.1 / 8180
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD
#                               master-realm admin for the admin console, default kcadmin / kcadmin
# Stop it with Ctrl+C (or kill the process it prints).
set -euo pipefail

version="${KEYCLOAK_VERSION:-26.5.6}"
host="${KEYCLOAK_HOST:-127.0.0.1}"
port="${KEYCLOAK_PORT:-8180}"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

base="target/keycloak"
home="$base/keycloak-$version"
zip="$base/keycloak-quarkus-dist-$version.zip"
realm="config/keycloak/wildcase-realm.json"

if [[ ! -x "$home/bin/kc.sh" ]]; then
  if [[ ! -f "$zip" ]]; then
    echo "Fetching org.keycloak:keycloak-quarkus-dist:$version:zip through Maven (cached in ~/.m2)..."
    ./mvnw -q -B dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
      -DoutputDirectory="$base"
  fi
  echo "Unpacking $zip into $base/ ..."
  rm -rf "$home"
  unzip -q "$zip" -d "$base"
fi

# Copied on every start: with --db=dev-mem the realm is imported afresh each time, so edits take effect.
mkdir -p "$home/data/import"
cp "$realm" "$home/data/import/wildcase-realm.json"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-kcadmin}"

url="http://$host:$port"
cat <<EOF
Keycloak $version (trial realm, in-memory database) starting on $url  (pid $$)
  issuer:        $url/realms/wildcase
  discovery:     $url/realms/wildcase/.well-known/openid-configuration
  JWK set:       $url/realms/wildcase/protocol/openid-connect/certs
  admin console: $url/admin/  (master realm, user $KC_BOOTSTRAP_ADMIN_USERNAME)
  trial users:   officer.bishkek, officer.osh, expert, permits, lawyer, manager, admin (password: demo)
Ready when the discovery URL answers (about 15-35 s). Ctrl+C stops it.
EOF

exec "$home/bin/kc.sh" start-dev \
  --http-host="$host" \
  --http-port="$port" \
  --import-realm \
  --db=dev-mem \
  "$@"
