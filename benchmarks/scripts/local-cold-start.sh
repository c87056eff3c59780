#!/usr/bin/env bash
# Process start to first correct PONG, for `mando.jar local` and baselines, on this machine. Needs node and a built
# bootstrap/target/mando.jar. Usage: benchmarks/scripts/local-cold-start.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/bootstrap/target/mando.jar"
runs=${1:-15}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
javac -d "$work" "$here/HelloServer.java"
# An application class-data archive for mando.jar, made by one training run of the demo.
java -XX:ArchiveClassesAtExit="$work/mando.jsa" -jar "$jar" demo >/dev/null
export MANDO_DATA_DIR="$work/data"
node "$here/cold-start.mjs" "$runs" \
  "jdk-httpserver=java -cp $work HelloServer \$PORT" \
  "mando-local=java -jar $jar local" \
  "mando-local+appcds=java -XX:SharedArchiveFile=$work/mando.jsa -jar $jar local" \
  "mando-local+appcds+c1=java -XX:SharedArchiveFile=$work/mando.jsa -XX:TieredStopAtLevel=1 -jar $jar local"
