#!/usr/bin/env bash
# Lints every bpmn/*.bpmn with the repository's .bpmnlintrc (bpmnlint:recommended).
# bpmnlint is installed from bpmn/lint/package.json into a throw-away temp dir, so no
# node_modules ever appears inside the repository. Exits non-zero on any error or warning.
# Needs node and npm (registry reachable). Usage: bpmn/lint/run.sh
set -euo pipefail

lint_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$lint_dir/../.." && pwd)"
config="$repo_root/.bpmnlintrc"

shopt -s nullglob
models=("$repo_root"/bpmn/*.bpmn)
shopt -u nullglob
if [ "${#models[@]}" -eq 0 ]; then
  echo "bpmnlint: no models found in $repo_root/bpmn" >&2
  exit 1
fi
if [ ! -f "$config" ]; then
  echo "bpmnlint: missing $config" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/wildcase-bpmnlint.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cp "$lint_dir/package.json" "$work/package.json"
(cd "$work" && npm install --no-audit --no-fund --loglevel=error >/dev/null)

# bpmnlint resolves its rule packages from the working directory, so run it from the temp dir.
cd "$work"
echo "bpmnlint $(./node_modules/.bin/bpmnlint --version 2>/dev/null || echo 11.6.0) on ${#models[@]} model(s)"
./node_modules/.bin/bpmnlint --config "$config" --max-warnings=0 "${models[@]}"
echo "bpmnlint: no problems"
