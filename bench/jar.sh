# Sourced by bench/run and bench/cluster-check.sh: sets $jar to target/giao-viec-*.jar, building it
# (./mvnw package without tests) when it is missing or older than the sources.
find_jar() { ls target/giao-viec-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true; }
jar=$(find_jar)
if [ -z "$jar" ] || [ -n "$(find src/main bpmn forms config pom.xml -newer "$jar" -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(find_jar)
fi
