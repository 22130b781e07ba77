#!/usr/bin/env bash
# Cluster and restart checks with the real jar on the local PostgreSQL server (127.0.0.1:5432, user
# postgres, trust): B. two nodes, 2,000 tasks overdue at once, one node SIGKILLed mid-burst;
# C. one node SIGKILLed while timers are about to fall due, then started again. Each check creates and
# drops a database of its own, prints its figures and fails on any duplicate, loss or leftover.
#   bench/cluster-check.sh [all|cluster|restart]     (-Dtasks=N via CLUSTER_CHECK_OPTS for a smaller run)
# Uses target/giao-viec-*.jar (built by ./mvnw verify or package); builds it when missing or older
# than the sources. Node logs: target/cluster-check/*.log. Ports 18081 and 18082 on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

find_jar() { ls target/giao-viec-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true; }
jar=$(find_jar)
if [ -z "$jar" ] || [ -n "$(find src/main bpmn forms config pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(find_jar)
fi

work=target/cluster-check
rm -rf "$work"
mkdir -p "$work/lib"
# the PostgreSQL driver the application itself ships, for the checks' own queries
(cd "$work/lib" && unzip -q -j "../../../$jar" 'BOOT-INF/lib/postgresql-*.jar')

# same time zone as the nodes: Camunda stores lock and due times as local timestamps
exec java -Duser.timezone=Asia/Ho_Chi_Minh ${CLUSTER_CHECK_OPTS:-} -cp "$work/lib/*" bench/ClusterCheck.java "$jar" "${1:-all}"
