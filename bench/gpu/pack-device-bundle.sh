#!/usr/bin/env bash
# Packs the GPU benchmark for a GPU machine that has no .NET SDK and no network (the lent device of the development
# workplace, or any locked-down GPU host): a self-contained linux-x64 publish of aliabatch-bench with ONNX Runtime's
# CUDA provider, as an xz tarball cut into parts small enough to send one at a time.
#   bash bench/gpu/pack-device-bundle.sh [--part-mib N] [--out DIR]
#   --part-mib N   largest part in MiB (default 57: a device call carries at most 64 MiB with the working tree)
#   --out DIR      where the parts go (default .device-bundle; ignored by git), one folder per part: p0, p1, ...
# Each part folder holds its slice and bundle.sha256 (the whole tarball's hash and the number of parts), so the
# machine that reassembles it can tell a missing or damaged part. bench/gpu/device-run.sh does that there and runs it.
set -euo pipefail
cd "$(dirname "$0")/../.."

part_mib=57
out=.device-bundle
while [ $# -gt 0 ]; do
  case "$1" in
    --part-mib) part_mib="$2"; shift ;;
    --out) out="$2"; shift ;;
    *) echo "usage: $0 [--part-mib N] [--out DIR]" >&2; exit 2 ;;
  esac
  shift
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
start=$SECONDS
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# Self-contained: the machine needs no .NET. JIT rather than ReadyToRun: a third smaller, and the benchmark's time is
# spent in ONNX Runtime. Left out: the TensorRT provider (it needs TensorRT, which the benchmark does not use) and the
# MiniLM encoder under models/ (91 MB that barely compress; the GPU benchmark builds its own decoder).
echo "+ dotnet publish aliabatch-bench (self-contained linux-x64, CUDA provider included)" >&2
dotnet publish bench/AliaBatch.Benchmarks/AliaBatch.Benchmarks.csproj -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=false -p:AliaBatchGpuProviders=true -o "$stage/aliabatch-bench" -nologo -clp:ErrorsOnly
rm -rf "$stage/aliabatch-bench/libonnxruntime_providers_tensorrt.so" "$stage/aliabatch-bench/models"
if [ ! -f "$stage/aliabatch-bench/libonnxruntime_providers_cuda.so" ]; then
  echo "error: the publish has no libonnxruntime_providers_cuda.so; the bundle would run on the CPU only." >&2
  exit 1
fi
git describe --always --dirty > "$stage/aliabatch-bench/source.txt" 2>/dev/null || echo "not a git checkout" > "$stage/aliabatch-bench/source.txt"

echo "+ tar | xz ($(du -sh "$stage/aliabatch-bench" | cut -f1) to compress; a few minutes)" >&2
tar -C "$stage" -cf - aliabatch-bench | xz -9 -T0 > "$stage/bundle.tar.xz"
size=$(stat -c %s "$stage/bundle.tar.xz")
hash=$(sha256sum "$stage/bundle.tar.xz" | cut -d' ' -f1)

rm -rf "$out"
mkdir -p "$out"
split -b "${part_mib}M" -d -a 2 "$stage/bundle.tar.xz" "$stage/slice."
slices=("$stage"/slice.*)
parts=${#slices[@]}
for ((index = 0; index < parts; index++)); do
  mkdir -p "$out/p$index"
  mv "${slices[$index]}" "$out/p$index/bundle.tar.xz.$(printf '%02d' "$index")"
  printf '%s  bundle.tar.xz\nparts %s\n' "$hash" "$parts" > "$out/p$index/bundle.sha256"
done

echo "bundle: $((size / 1024 / 1024)) MiB in $parts parts under $out (sha256 $hash), $((SECONDS - start)) s" >&2
echo "Send the parts one call each, the last with the run (bench/gpu/device-run.sh, docs/benchmarks.md \"GPU\"):" >&2
for ((k = 0; k < parts; k++)); do
  if [ "$k" -lt $((parts - 1)) ]; then
    echo "  carry [\"$out/p$k\"]  command: bash bench/gpu/device-run.sh --stage" >&2
  else
    echo "  carry [\"$out/p$k\"]  command: bash bench/gpu/device-run.sh" >&2
  fi
done
