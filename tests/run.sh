#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine that has the .NET 10 SDK: installs what the tests need and the
# machine lacks (Debian's chromium and CJK fonts for the browser tests, axe-core for accessibility checks),
# then runs every test project twice, on SQLite and on PostgreSQL (installed and started here when missing), and ends
# with the totals of both passes alone on the last line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."

need_packages=()
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need_packages+=(fonts-noto-cjk)
if [ ${#need_packages[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing ${need_packages[*]} …"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null \
      || { echo "apt-get could not install ${need_packages[*]}"; exit 1; }
  else
    echo "The browser tests need: sudo apt-get install -y ${need_packages[*]}"; exit 1
  fi
fi

if [ -f tests/e2e/package.json ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm could not install the e2e tools"; exit 1; }
fi

log=$(mktemp)
# PostgreSQL (installed and started when missing) on a private cluster under a temporary directory, removed at the end
# whatever happens. Both passes get its address: the SQLite pass copies a site to PostgreSQL (copy-to-postgresql).
pg_dir=$(mktemp -d /tmp/publicsite-pg.XXXXXX)
pg_port=$(( 55000 + RANDOM % 1000 ))
trap 'bash tests/postgres.sh stop "$pg_dir" >/dev/null 2>&1' EXIT
if pg_server=$(bash tests/postgres.sh start "$pg_dir" "$pg_port"); then
  export PUBLICSITE_TEST_POSTGRES="$pg_server"
else
  pg_server=""
  echo "PostgreSQL could not be started: the second pass will not run."
fi

echo "== Pass 1 of 2: every test project on SQLite"
dotnet test PublicSite.sln --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Pass 2: the same tests on PostgreSQL (PUBLICSITE_TEST_DB is the test-collection switch, see tests/Shared/TestDatabase.cs).
echo "== Pass 2 of 2: every test project on PostgreSQL (cluster in $pg_dir, port $pg_port)"
if [ -n "$pg_server" ]; then
  PUBLICSITE_TEST_DB=postgres dotnet test PublicSite.sln --nologo --no-build 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
else
  echo "Failed!  - Failed:     1, Passed:     0, Skipped:     0, Total:     1" >>"$log"
  status=1
fi

# The code follows .editorconfig as dotnet format reads it; a difference fails the run (counted as one failure).
echo "Checking formatting: dotnet format PublicSite.sln --verify-no-changes"
if ! dotnet format PublicSite.sln --verify-no-changes --no-restore >"$log.format" 2>&1; then
  grep -E " (error|warning) " "$log.format" | head -20
  echo "Formatting differs from .editorconfig: run 'dotnet format PublicSite.sln' and commit the result."
  status=1
fi
rm -f "$log.format"

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 28, Skipped: 0, Total: 28, …").
totals=$(grep -E '(Passed|Failed)!  - Failed:' "$log" | awk -F'[:,]' '
  { failed += $2; passed += $4; skipped += $6 }
  END { line = sprintf("%d passed, %d failed", passed, failed); if (skipped > 0) line = line sprintf(", %d skipped", skipped); print line }')
rm -f "$log"
[ -n "$totals" ] || totals="0 passed, 1 failed"
[ "$status" -eq 0 ] || case "$totals" in *", 0 failed"*) totals="${totals/, 0 failed/, 1 failed}";; esac
echo "$totals"
exit "$status"
