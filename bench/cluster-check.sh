#!/usr/bin/env bash
# Cluster and restart checks with the real jar on the local PostgreSQL server (127.0.0.1:5432, user
# postgres, trust): B. two nodes, 2,000 tasks overdue at once, one node SIGKILLed mid-burst;
# C. one node SIGKILLed while timers are about to fall due, then started again. Each check creates and
# drops a database of its own, prints its figures and fails on any duplicate, loss or leftover.
#   bench/cluster-check.sh [all|cluster|restart]     (-Dtasks=N via CLUSTER_CHECK_OPTS for a smaller run)
# Uses target/giao-viec-*.jar (built by ./mvnw verify or package); builds it when missing or older
# than the sources. The checks are vn.giaoviec.bench.cluster.ClusterCheck (test sources, compiled here;
# the same node and burst code as benchmark B3), with the test classpath (GreenMail is the SMTP server
# the escalation e-mails are counted at, on a free port). Node logs: target/cluster-check/*.log. Ports
# 18081 and 18082 on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/jar.sh
work=target/cluster-check
rm -rf "$work"
mkdir -p "$work"
./mvnw -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test

exec java ${CLUSTER_CHECK_OPTS:-} -cp "target/test-classes:$(cat "$work/classpath")" vn.giaoviec.bench.cluster.ClusterCheck "$jar" "${1:-all}"
