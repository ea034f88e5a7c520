#!/usr/bin/env bash
# The performance suite, one command: installs what it needs (npm), builds the benchmarks in Release, runs every
# comparison and rewrites docs/benchmarks.md with the machine, the commands and each figure from this run.
#   BENCH_RUNS     measured runs per encoder method and generation comparison (default 3; figures are medians)
#   BENCH_RESULTS  folder for the JSON result files (default artifacts/bench)
#   BENCH_GPU_FRAGMENT  gpu.md measured on another machine (bench/gpu/device-run.sh), included where this one has no GPU
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
runs=${BENCH_RUNS:-3}
results=${BENCH_RESULTS:-artifacts/bench}
rm -rf "$results"
mkdir -p "$results"
uptime > "$results/uptime-start.txt"
# The code measured: the report names it ("-dirty" when the working tree had uncommitted changes).
git describe --always --dirty > "$results/source.txt" 2>/dev/null || echo "not a git checkout" > "$results/source.txt"
: > "$results/commands.txt"

# Logs each command into the report, runs it, then adds its duration to its line as a shell comment (the budget is
# 15 minutes: the report shows where they go).
step() {
  echo "$*" >> "$results/commands.txt"
  echo "+ $*" >&2
  local start=$SECONDS
  "$@"
  sed -i "\$ s/\$/  # $((SECONDS - start)) s/" "$results/commands.txt"
  echo "  ($((SECONDS - start)) s)" >&2
}

# npm ci wipes node_modules: skip it while an install newer than the lock file is in place (others may be using it).
installed() { [ -f "$1/node_modules/.package-lock.json" ] && [ "$1/node_modules/.package-lock.json" -nt "$1/package-lock.json" ]; }
installed . || step npm ci --no-audit --no-fund --loglevel=error
# onnxruntime-node would otherwise fetch CUDA binaries at install; the benchmark runs on the CPU.
installed bench/js || step env ONNXRUNTIME_NODE_INSTALL=skip npm ci --prefix bench/js --no-audit --no-fund --loglevel=error

# Published for this platform, so the code runs ahead-of-time compiled (ReadyToRun) as the installed aliabatch does
# (docs/cli.md); elsewhere a Release build (JIT only). The report says which.
case "$(uname -m)" in
  x86_64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) rid= ;;
esac
if [ -n "$rid" ]; then
  step dotnet publish bench/AliaBatch.Benchmarks/AliaBatch.Benchmarks.csproj -c Release -r "$rid" --self-contained false -o artifacts/bench-bin -nologo -clp:ErrorsOnly
  bench=(dotnet artifacts/bench-bin/aliabatch-bench.dll)
else
  step dotnet build bench/AliaBatch.Benchmarks/AliaBatch.Benchmarks.csproj -c Release -nologo -clp:ErrorsOnly
  bench=(dotnet bench/AliaBatch.Benchmarks/bin/Release/net10.0/aliabatch-bench.dll)
fi

step "${bench[@]}" encoder --results "$results" --runs "$runs" --sentences 1024 --threads 2
step node bench/js/encoder.mjs --tokens "$results/tokens.json" --out "$results/encoder-js.json" --runs "$runs" --threads 2
step "${bench[@]}" storage --results "$results" --runs 3 --processes 3
step "${bench[@]}" orchestration --results "$results" --runs 5 --documents 1000 10000
step "${bench[@]}" durable-local --results "$results" --runs 3 --documents 1000
step "${bench[@]}" generation --results "$results" --runs "$runs" --recompute-runs "$runs" --threads 2
# The GPU benchmark (issue 5) runs only where nvidia-smi finds a card; the report then includes its fragment.
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  step bash bench/gpu/run-gpu-benchmark.sh --out "$results/gpu.md" || echo "GPU benchmark failed (see above); the report says GPU figures are not measured." >&2
elif [ -n "${BENCH_GPU_FRAGMENT:-}" ]; then
  cp "$BENCH_GPU_FRAGMENT" "$results/gpu.md"
fi
uptime > "$results/uptime-end.txt"
step "${bench[@]}" report --results "$results" --out docs/benchmarks.md --wall-seconds "$SECONDS"
