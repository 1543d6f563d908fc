#!/usr/bin/env bash
# Starts the whole platform on this machine with nothing but a JDK: real Kafka (:9092), PostgreSQL (:15432),
# an MQTT broker (:1883) and Keycloak (:8180), then the four services and the fleet simulator from their
# packaged jars; walks the demo driver through activation, the three certification steps, a remote session and a
# first command, and prints a walkthrough. Ctrl-C stops everything. The launcher is local/platform.
#
#   ./run.sh                 build, then start
#   SKIP_BUILD=1 ./run.sh    start what was built last time
#   ./run.sh --keep-data     keep .local/data from the previous run
#   ./run.sh --no-services   only the infrastructure (to run services from an IDE)
#   ./run.sh --cars N        the fleet simulator runs N cars (2 to 25000) instead of its ten demo cars
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  sed -n 's/^#   //p' "$0"
}
refuse() {
  echo "run.sh: $1" >&2; echo "Usage:" >&2; usage >&2; exit 2
}
# Checked before the build, so that a typo costs no build; LocalPlatform checks the same again.
options=("$@")
for ((i = 0; i < ${#options[@]}; i++)); do
  case "${options[i]}" in
    --keep-data|--no-services) ;;
    --cars)
      cars="${options[i + 1]:-}"
      [[ "$cars" =~ ^[0-9]+$ ]] && (( 10#$cars >= 2 && 10#$cars <= 25000 )) \
        || refuse "--cars takes a number of cars from 2 to 25000, got '$cars'"
      i=$((i + 1)) ;;
    -h|--help) usage; exit 0 ;;
    *) refuse "unknown option '${options[i]}'" ;;
  esac
done

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
  echo "[run.sh] Building (./mvnw package -DskipTests); the first build downloads dependencies…"
  ./mvnw -q -B -ntp package -DskipTests
fi

exec java -Dplatform.project-dir="$PWD" \
  -cp "local/platform/target/classes:$(cat local/platform/target/classpath.txt)" \
  dev.remotecommands.local.LocalPlatform "$@"
