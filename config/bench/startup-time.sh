#!/usr/bin/env bash
# Startup of the deployable jar to ready: seconds from `java -jar` until /actuator/health/readiness answers 200,
# on the embedded default (H2 in ./data/), with and without demo data, on a fresh folder and again on the data the
# first start left. Each case runs RUNS times (default 3); the median is printed. With CDS=1 it also extracts the
# jar, records a class-data archive in a training run (Spring Boot's CDS recipe) and times that without demo data,
# with and without -XX:TieredStopAtLevel=1. Build the jar first:
#   ./mvnw -Pproduction -DskipTests package && bash config/bench/startup-time.sh
set -euo pipefail
jar=$(realpath "${1:-target/wildcase-0.1.0-SNAPSHOT.jar}")
runs=${RUNS:-3}
port=${BENCH_PORT:-18181}
[ -f "$jar" ] || { echo "no jar at $jar: build it with ./mvnw -Pproduction -DskipTests package"; exit 1; }

# Seconds from launch to ready, in the folder $1 with demo data $2; the JVM is stopped gracefully afterwards.
start_once() {
  local dir=$1 demo=$2 t0 pid
  t0=$(date +%s.%N)
  # JAVA_OPTS and RUN_JAR unquoted on purpose: options, and the jar that runs (the extracted one with CDS).
  (cd "$dir" && exec java ${JAVA_OPTS:-} -jar "${RUN_JAR:-$jar}" --server.port="$port" --wildcase.demo.data="$demo" \
    >> app.log 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do
    kill -0 $pid 2>/dev/null || { tail -30 "$dir/app.log"; echo "the jar exited"; exit 1; }
    sleep 0.1
  done
  awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.2f\n", a - b }'
  kill $pid; wait $pid 2>/dev/null || true
}

median() { sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]}'; }

printf '%-28s %14s %14s\n' "seconds to ready (median)" "fresh ./data" "existing data"
for demo in false true; do
  fresh=(); again=()
  for _ in $(seq 1 "$runs"); do
    dir=$(mktemp -d)
    fresh+=("$(start_once "$dir" "$demo")")
    again+=("$(start_once "$dir" "$demo")")
    rm -rf "$dir"
  done
  printf '%-28s %14s %14s\n' "demo data $demo" "$(printf '%s\n' "${fresh[@]}" | median)" \
    "$(printf '%s\n' "${again[@]}" | median)"
done

if [ "${CDS:-0}" = 1 ]; then
  cds=$(mktemp -d)
  java -Djarmode=tools -jar "$jar" extract --destination "$cds/app" > /dev/null
  RUN_JAR="$cds/app/$(basename "$jar")"
  (cd "$cds" && java -XX:ArchiveClassesAtExit="$cds/app.jsa" -Dspring.context.exit=onRefresh -jar "$RUN_JAR" \
    --wildcase.demo.data=false --server.port="$port" > training.log 2>&1) || true
  export RUN_JAR
  for opts in "-XX:SharedArchiveFile=$cds/app.jsa" "-XX:SharedArchiveFile=$cds/app.jsa -XX:TieredStopAtLevel=1"; do
    times=()
    for _ in $(seq 1 "$runs"); do
      dir=$(mktemp -d)
      times+=("$(JAVA_OPTS="$opts" start_once "$dir" false)")
      rm -rf "$dir"
    done
    printf '%-28s %14s   (%s)\n' "extracted jar with CDS" "$(printf '%s\n' "${times[@]}" | median)" \
      "${opts//$cds\//}"
  done
  rm -rf "$cds"
fi
