#!/usr/bin/env bash
# Parley's whole test suite: type check, unit tests, then integration and end-to-end tests
# on SQLite and on PostgreSQL. Installs what it can (Debian's Chromium, a local PostgreSQL
# role and database) and says exactly what is missing when it cannot.
#
#   TEST_POSTGRES_URL   PostgreSQL database the suite may erase and make again, beside its
#                       _e2e twin and its _template_* templates (the role needs CREATEDB)
#                       (default postgres://parley:parley@127.0.0.1:5432/parley_test)
#   SKIP_E2E=1          skip the browser tests
#
# One integration file by hand, on a copy of the templates the suite builds (faster than a
# database migrated and seeded for each file that makes one of its own):
#   npx tsx tests/support/prepare-test-database.ts templates file:./.tmp/test.db
#   PARLEY_TEST_TEMPLATES_OF=file:./.tmp/test.db DATABASE_URL=file:./.tmp/test.db npx vitest run tests/integration/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

PG_URL="${TEST_POSTGRES_URL:-postgres://parley:parley@127.0.0.1:5432/parley_test}"
PG_E2E_URL="${PG_URL%/*}/$(basename "${PG_URL%%\?*}")_e2e"
SQLITE_URL="file:./.tmp/test.db"
SQLITE_E2E_URL="file:./.tmp/e2e.db"
mkdir -p .tmp

step() { printf '\n\033[1m== %s\033[0m (at %dm%02ds)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)); }
engine_of() { case "$1" in file:*) echo SQLite ;; *) echo PostgreSQL ;; esac; }
missing() { printf '\nMissing: %s\n' "$*" >&2; exit 1; }

# The browser tests run in Chromium's headless shell (playwright.config.ts says why).
ensure_chromium() {
  [ -x "${CHROMIUM_PATH:-/usr/lib/chromium/chromium-headless-shell}" ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    step "Installing Debian's Chromium headless shell for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null
  else
    missing "Chromium's headless shell (as root: apt-get install -y chromium-headless-shell), or set CHROMIUM_PATH"
  fi
}

ensure_postgres() {
  [ -n "${TEST_POSTGRES_URL:-}" ] && return
  if ! pg_isready -q -h 127.0.0.1 2>/dev/null; then
    command -v pg_ctlcluster >/dev/null || missing "a PostgreSQL server (apt-get install -y postgresql), or set TEST_POSTGRES_URL"
    [ "$(id -u)" = 0 ] || missing "a running PostgreSQL server (start it as root: pg_ctlcluster 15 main start), or set TEST_POSTGRES_URL"
    step "Starting PostgreSQL"
    cluster=$(pg_lsclusters -h | awk 'NR==1{print $1" "$2}')
    [ -n "$cluster" ] || missing "a PostgreSQL cluster (pg_createcluster 15 main)"
    pg_ctlcluster $cluster start
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  fi
  # The suite's own role and databases, created once.
  if [ "$(id -u)" = 0 ]; then
    su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='parley'\"" | grep -q 1 ||
      su postgres -c "psql -qc \"CREATE ROLE parley LOGIN PASSWORD 'parley' CREATEDB\""
    # DROP DATABASE ... WITH (FORCE) in the tests must be able to end an autovacuum worker
    # that happens to be in the database; without this PostgreSQL refuses the drop.
    su postgres -c "psql -qc \"GRANT pg_signal_backend TO parley\"" >/dev/null
    for db in parley_test parley_test_e2e; do
      su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='$db'\"" | grep -q 1 ||
        su postgres -c "createdb -O parley $db"
    done
  fi
}

# Migrating and seeding a database takes 15-30 s; copying one, a fraction of a second. So each
# engine's two templates (migrated; migrated and seeded) are built once, and every database
# of the run is a copy: the suite's own, the browser tests', and those test files make beside
# them (tests/support/database-templates.ts, told by PARLEY_TEST_TEMPLATES_OF which run's
# templates are fresh).
prepare_templates() { # url: build the engine's templates; url becomes a seeded copy
  npx tsx tests/support/prepare-test-database.ts templates "$1"
}
copy_seeded() { # url target-url: target becomes a seeded copy from url's templates
  npx tsx tests/support/prepare-test-database.ts copy "$1" "$2"
}

# The machine's cores are what the suite waits for, so work that leaves one idle (the type
# check is a single process, PostgreSQL's migrations wait on the disk, one engine's
# integration tests finish before the other's) has other work beside it. Such work runs in
# the background, its output in .tmp/<name>.log, shown when it is waited for.
declare -A background
start() { # name command...: run in the background
  local name=$1; shift
  "$@" >".tmp/$name.log" 2>&1 &
  background[$name]=$!
}
finish() { # name: wait for a background job; its status
  local status=0
  wait "${background[$1]}" || status=$?
  unset "background[$1]"
  return $status
}
stop_tree() { # pid: end a process and everything it started
  local child
  for child in $(pgrep -P "$1"); do stop_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
# Should a step fail, what still runs beside it stops too (jobs waited for are forgotten).
trap 'for pid in "${background[@]}"; do stop_tree "$pid"; done' EXIT

[ -d node_modules ] || { step "Installing npm packages"; npm ci; }
ensure_postgres
[ "${SKIP_E2E:-}" = 1 ] || ensure_chromium

start templates-sqlite prepare_templates "$SQLITE_URL"
start templates-postgresql prepare_templates "$PG_URL"

step "Type check and unit tests, side by side (and each engine's template databases)"
start typecheck npx tsc --noEmit
unit=0
npx vitest run tests/unit || unit=$?
step "Type check"
typecheck=0
finish typecheck || typecheck=$?
cat .tmp/typecheck.log
[ "$typecheck" = 0 ] && [ "$unit" = 0 ] || { printf '\nThe type check or the unit tests failed\n' >&2; exit 1; }
for engine in sqlite postgresql; do
  finish "templates-$engine" || { cat ".tmp/templates-$engine.log"; exit 1; }
done

# The two engines' suites share nothing but the machine: side by side they take little longer
# than the slower alone. The production build for the browser tests runs beside them at a
# lower priority, on what they leave idle.
step "Integration tests on SQLite and on PostgreSQL, side by side (and the production build)"
start integration-sqlite env PARLEY_TEST_TEMPLATES_OF="$SQLITE_URL" DATABASE_URL="$SQLITE_URL" npx vitest run tests/integration
start integration-postgresql env PARLEY_TEST_TEMPLATES_OF="$PG_URL" DATABASE_URL="$PG_URL" npx vitest run tests/integration
[ "${SKIP_E2E:-}" = 1 ] || start build nice -n 10 npx next build
failed=""
finish integration-sqlite || failed="$failed SQLite"
finish integration-postgresql || failed="$failed PostgreSQL"
step "Integration tests on SQLite"
cat .tmp/integration-sqlite.log
step "Integration tests on PostgreSQL"
cat .tmp/integration-postgresql.log
[ -z "$failed" ] || { printf '\nIntegration tests failed on:%s\n' "$failed" >&2; exit 1; }

# The browser tests, on a seeded copy from url's templates. The few specs no engine can change
# (axe's sweep of the pages, the API reference) run on SQLite only: playwright.config.ts.
e2e() { # url e2e-url
  step "End-to-end tests on $(engine_of "$1")"
  copy_seeded "$1" "$2"
  E2E_DATABASE_URL="$2" npx playwright test
}

if [ "${SKIP_E2E:-}" != 1 ]; then
  step "Production build"
  finish build || { cat .tmp/build.log; exit 1; }
  e2e "$SQLITE_URL" "$SQLITE_E2E_URL"
  e2e "$PG_URL" "$PG_E2E_URL"
fi

step "All suites passed"
