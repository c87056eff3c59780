#!/usr/bin/env bash
# Process start to first correct answer of the raw-discord-data HTTP function under the Functions Framework invoker
# (java-function-invoker 2.0.0), beside the invoker's hello world and a bare JDK HttpServer: first to a signed PING,
# then to a deferred /mando (published to the Pub/Sub emulator, client creation included).
# Needs node, gcloud's Pub/Sub emulator, Maven (to fetch the invoker) and a built bootstrap/target/mando.jar.
# Usage: benchmarks/scripts/function-cold-start.sh [RUNS]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/bootstrap/target/mando.jar"
runs=${1:-11}
work=$(mktemp -d)
emulator=""
cleanup() {
  # gcloud runs the emulator's JVM as a grandchild: end the whole process group it leads.
  if [ -n "$emulator" ]; then kill -- "-$emulator" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
[ -f "$jar" ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }

mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact=com.google.cloud.functions.invoker:java-function-invoker:2.0.0 -DoutputDirectory="$work"
mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact=com.google.cloud.functions:functions-framework-api:2.0.0 -DoutputDirectory="$work"
invoker="$work/java-function-invoker-2.0.0.jar"
javac -d "$work" "$here/HelloServer.java"
javac -cp "$work/functions-framework-api-2.0.0.jar" -d "$work/hello" "$here/HelloFunction.java"

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
setsid gcloud beta emulators pubsub start --host-port="127.0.0.1:$port" --data-dir="$work" --quiet \
  >"$work/emulator.log" 2>&1 &
emulator=$!
until curl -sf "http://127.0.0.1:$port/" >/dev/null; do sleep 0.2; done
export PUBSUB_EMULATOR_HOST="127.0.0.1:$port" GOOGLE_CLOUD_PROJECT=mando-bench
curl -sf -X PUT "http://127.0.0.1:$port/v1/projects/mando-bench/topics/raw-discord-data" >/dev/null

fn="mando.bootstrap.RawDiscordDataFunction"
# The function on the JVM's class path (not the invoker's --classpath loader), so that AppCDS can archive its
# classes; one training run answers a PING and a /mando, then exits on SIGTERM, which writes the archive.
invoke="-cp $invoker:$jar com.google.cloud.functions.invoker.runner.Invoker --target $fn"
node "$here/cold-start.mjs" 1 "train=java -XX:ArchiveClassesAtExit=$work/fn.jsa $invoke" >/dev/null
COLD_START_COMMAND=mando node "$here/cold-start.mjs" 1 \
  "train=java -XX:ArchiveClassesAtExit=$work/fn-mando.jsa $invoke" >/dev/null

echo "PING:"
node "$here/cold-start.mjs" "$runs" \
  "jdk-httpserver=java -cp $work HelloServer \$PORT" \
  "invoker-hello=java -jar $invoker --classpath $work/hello --target HelloFunction" \
  "function=java -jar $invoker --classpath $jar --target $fn" \
  "function-on-classpath=java $invoke" \
  "function+appcds=java -XX:SharedArchiveFile=$work/fn.jsa $invoke" \
  "function+appcds+c1=java -XX:SharedArchiveFile=$work/fn.jsa -XX:TieredStopAtLevel=1 $invoke"
echo "/mando (deferred after the Pub/Sub emulator confirmed the publish):"
COLD_START_COMMAND=mando node "$here/cold-start.mjs" "$runs" \
  "function=java -jar $invoker --classpath $jar --target $fn" \
  "function+appcds=java -XX:SharedArchiveFile=$work/fn-mando.jsa $invoke" \
  "function+appcds+c1=java -XX:SharedArchiveFile=$work/fn-mando.jsa -XX:TieredStopAtLevel=1 $invoke"
