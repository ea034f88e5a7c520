#!/usr/bin/env bash
# The GPU benchmark of issue 5, one command (under 8 minutes on an H100/H200 machine with 16 cores):
#   bash bench/gpu/run-gpu-benchmark.sh [--dry-run] [--out FILE]
# Builds a decoder with salamandra-2b dimensions (24 layers, hidden 2048, 16 heads, vocabulary 256,000) in fp16 into
# a temporary folder on this machine (about 4.5 GB, external data), loads it on the CUDA execution provider with
# RequireGpu, and reports prefill and decode tokens/s at batch 1, 8, 32, 64 against the H100 bandwidth roofline.
# Writes a Markdown fragment (default artifacts/bench/gpu.md) to paste into docs/benchmarks.md, and prints it.
#   --dry-run       tiny fp16 decoder on the CPU: proves the code path anywhere, measures nothing meaningful
#   --out FILE      where the fragment goes
#   ALIABATCH_GPU_WORK   folder for the generated model (default $TMPDIR or /tmp; needs about 5 GB free)
#   ALIABATCH_GPU_RUNS   measured runs per batch size (default 3)
# Needs: the .NET 10 SDK with the NuGet packages restorable (network or a warm ~/.nuget cache), an NVIDIA driver,
# and CUDA 13 + cuDNN 9 libraries on the loader path (ONNX Runtime 1.31's CUDA execution provider links libcudart.so.13).
set -euo pipefail
cd "$(dirname "$0")/../.."

dry_run=false
out=artifacts/bench/gpu.md
while [ $# -gt 0 ]; do
  case "$1" in
    --dry-run) dry_run=true ;;
    --out) out="$2"; shift ;;
    *) echo "usage: $0 [--dry-run] [--out FILE]" >&2; exit 2 ;;
  esac
  shift
done
work=${ALIABATCH_GPU_WORK:-${TMPDIR:-/tmp}}
runs=${ALIABATCH_GPU_RUNS:-3}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
start=$SECONDS

card="CPU (dry run)"
if [ "$dry_run" = false ]; then
  if ! command -v nvidia-smi >/dev/null 2>&1 || ! nvidia-smi; then
    echo "error: nvidia-smi is missing or found no GPU; this benchmark needs an NVIDIA GPU (use --dry-run to check the code path on a CPU)." >&2
    exit 4
  fi
  card=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader -i 0 | head -n 1)
  for lib in libcudart.so.13 libcublasLt.so.13 libcudnn.so.9; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || echo "warning: $lib is not in the loader cache; the CUDA execution provider may fail to load (set LD_LIBRARY_PATH)." >&2
  done
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: 'dotnet' is not installed on this machine. Install the .NET 10 SDK (https://dot.net; global.json names the band), make the NuGet packages restorable, then rerun this script. Nothing was measured." >&2
  exit 4
fi

free_kb=$(df -Pk "$work" | awk 'NR == 2 { print $4 }')
if [ "$dry_run" = false ] && [ "${free_kb:-0}" -lt $((6 * 1024 * 1024)) ]; then
  echo "error: $work has $((free_kb / 1024 / 1024)) GiB free; the model needs about 5 GB. Set ALIABATCH_GPU_WORK to a roomier folder." >&2
  exit 4
fi

# AliaBatchGpuProviders: copy the CUDA provider library into the build folder (Directory.Build.targets leaves it out
# where no NVIDIA driver is visible at build time).
echo "+ dotnet build bench/AliaBatch.Benchmarks -c Release -p:AliaBatchGpuProviders=true" >&2
dotnet build bench/AliaBatch.Benchmarks/AliaBatch.Benchmarks.csproj -c Release -nologo -clp:ErrorsOnly -p:AliaBatchGpuProviders=true

# Batch sizes still waiting after the budget are skipped (and listed as such), so the whole script ends inside 8 minutes.
budget=$(awk -v used=$((SECONDS - start)) 'BEGIN { b = (420 - used) / 60 - 1.5; if (b < 1) b = 1; printf "%.1f", b }')
args=(gpu --out "$out" --runs "$runs" --work "$work" --budget-minutes "$budget" --card "$card")
[ "$dry_run" = true ] && args+=(--dry-run)
echo "+ aliabatch-bench ${args[*]}" >&2
dotnet bench/AliaBatch.Benchmarks/bin/Release/net10.0/aliabatch-bench.dll "${args[@]}"

echo >&2
cat "$out"
echo >&2
echo "done in $((SECONDS - start)) s; paste $out into docs/benchmarks.md (or rerun bash bench/run.sh on this machine, which includes it)." >&2
