#!/usr/bin/env bash
#
# Checks the runtime stage of docker/Dockerfile on a machine without Docker: the jar the build stage
# copies (`cp target/giao-viec-*.jar`, exactly one), the /app layout (jar, config/, data/files owned by
# the app user), and the ENTRYPOINT — read from the Dockerfile, not copied — started as uid 10001
# with the Dockerfile's ENV and the environment docker/compose.yaml sets, against a throwaway
# PostgreSQL database. Passes when the HEALTHCHECK command succeeds (/actuator/health UP) and the
# first administrator from the environment can call /api.
#
# Not checked: the base images, `mvnw dependency:go-offline`, the build stage inside Docker, nginx.
#
#   ./mvnw -B -DskipTests package && docker/check-image-steps.sh
#
# PostgreSQL: CHECK_PG_HOST (127.0.0.1), CHECK_PG_PORT (5432), CHECK_PG_USER (postgres, may create
# databases), CHECK_PG_PASSWORD (empty). Run as root (to start the app as uid 10001, as the image does).
set -euo pipefail

cd "$(dirname "$0")/.."
PG_HOST=${CHECK_PG_HOST:-127.0.0.1}
PG_PORT=${CHECK_PG_PORT:-5432}
PG_USER=${CHECK_PG_USER:-postgres}
export PGPASSWORD=${CHECK_PG_PASSWORD:-}
DB=giaoviec_image_check_$$
APP_UID=10001

fail() { echo "LỖI: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "cần chạy bằng root (ứng dụng được khởi động với uid $APP_UID như trong image)"

# --- the build stage's result ------------------------------------------------------------------------
shopt -s nullglob
jars=(target/giao-viec-*.jar)
[ ${#jars[@]} -eq 1 ] || fail "cần đúng một target/giao-viec-*.jar (có ${#jars[@]}); chạy ./mvnw -B -DskipTests package"

# --- the environment compose sets: every name below must still be in docker/compose.yaml ---------------
for name in SPRING_PROFILES_ACTIVE GIAOVIEC_DB_URL GIAOVIEC_DB_USER GIAOVIEC_DB_PASSWORD GIAOVIEC_DB_POOL_SIZE \
            GIAOVIEC_ADMIN_USER GIAOVIEC_ADMIN_PASSWORD GIAOVIEC_FILES_DIR GIAOVIEC_CALENDAR_OVERRIDES \
            GIAOVIEC_AGENCIES_LOCATION; do
    grep -q "^ *$name:" docker/compose.yaml || fail "docker/compose.yaml không còn đặt $name: sửa lại kịch bản này"
done

# --- /app as the runtime stage lays it out -------------------------------------------------------------
APP=$(mktemp -d /tmp/giaoviec-image-check.XXXXXX)
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $DB" >/dev/null || true
    rm -rf "$APP"
}
trap cleanup EXIT
chmod 755 "$APP"
cp "${jars[0]}" "$APP/giao-viec.jar"
cp -r config "$APP/config"
mkdir -p "$APP/data/files" && chown -R $APP_UID:$APP_UID "$APP/data"

psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "create database $DB" >/dev/null

# --- the ENTRYPOINT, from the Dockerfile; /app/ becomes the temporary directory ------------------------
mapfile -t entrypoint < <(python3 - "$APP" <<'EOF'
import json, re, sys
text = open("docker/Dockerfile").read().replace("\\\n", " ")
array = re.search(r"^ENTRYPOINT\s+(\[.*?\])\s*$", text, re.M).group(1)
for arg in json.loads(array):
    print(arg.replace("/app/", sys.argv[1] + "/"))
EOF
)
[ "${entrypoint[0]}" = java ] || fail "ENTRYPOINT không bắt đầu bằng java: ${entrypoint[*]}"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ADMIN_PASSWORD="Kiem-tra-$$"

echo "Khởi động: ${entrypoint[*]} (cổng $PORT, CSDL $DB, uid $APP_UID)"
(
    cd "$APP"
    # the Dockerfile's ENV, then compose's environment; nothing else of this shell
    exec env -i PATH="$PATH" HOME="$APP" \
        SPRING_PROFILES_ACTIVE=postgres GIAOVIEC_FILES_DIR="$APP/data/files" PORT="$PORT" TZ=Asia/Ho_Chi_Minh \
        GIAOVIEC_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" GIAOVIEC_DB_USER="$PG_USER" \
        GIAOVIEC_DB_PASSWORD="$PGPASSWORD" GIAOVIEC_DB_POOL_SIZE=30 \
        GIAOVIEC_ADMIN_USER=quantri GIAOVIEC_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        GIAOVIEC_CALENDAR_OVERRIDES="$APP/config/calendar-overrides.yaml" \
        GIAOVIEC_AGENCIES_LOCATION="file:$APP/config/agencies.yaml" \
        setpriv --reuid=$APP_UID --regid=$APP_UID --clear-groups "$(command -v java)" "${entrypoint[@]:1}"
) > "$APP/app.log" 2>&1 &
APP_PID=$!

# --- the HEALTHCHECK command, within its start period ---------------------------------------------------
healthcheck=$(sed -n 's/^ *CMD \(curl .*\) || exit 1$/\1/p' docker/Dockerfile)
[ -n "$healthcheck" ] || fail "không tìm thấy lệnh curl của HEALTHCHECK trong docker/Dockerfile"
for _ in $(seq 1 180); do
    if PORT=$PORT sh -c "$healthcheck" 2>/dev/null; then
        break
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$APP/app.log"; fail "ứng dụng đã dừng"; }
    sleep 1
done
PORT=$PORT sh -c "$healthcheck" || { tail -40 "$APP/app.log"; fail "HEALTHCHECK không đạt sau 180 giây"; }
health=$(curl -fsS "http://127.0.0.1:$PORT/actuator/health")
echo "$health" | grep -q '"status":"UP"' || fail "/actuator/health: $health"

status=$(curl -s -o /dev/null -w '%{http_code}' -u "quantri:$ADMIN_PASSWORD" \
    "http://127.0.0.1:$PORT/api/calendar/holidays?year=2030")
[ "$status" = 200 ] || fail "quản trị viên từ biến môi trường gọi /api: HTTP $status"
grep -q "ERROR" "$APP/app.log" && { grep "ERROR" "$APP/app.log" | head -5; fail "nhật ký có ERROR"; }

echo "ĐẠT: $health; quản trị viên GIAOVIEC_ADMIN_USER gọi /api: 200; chạy bằng uid $APP_UID (trong /app chỉ ghi được data/)"
