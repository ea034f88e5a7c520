#!/usr/bin/env bash
# Runs the GPU benchmark from the parts that bench/gpu/pack-device-bundle.sh made, on a GPU machine with no .NET SDK
# and no network (the development workplace's lent device: one call per part, the parts kept between calls).
#   bash bench/gpu/device-run.sh [--stage] [--dry-run] [--bundle DIR] [--budget-minutes M] [--runs N]
#   --stage            only check and list the parts that have arrived (the calls that bring the first parts)
#   --dry-run          the tiny decoder on the CPU: proves the bundle and the code path anywhere, measures nothing
#   --bundle DIR       where the parts are (default .device-bundle)
#   --budget-minutes   batch sizes are not started after this many minutes of the benchmark (default 4.5)
#   --runs N           measured runs per batch size (default 3)
# Writes gpu.md (the fragment for docs/benchmarks.md), gpu.log and environment.txt (card, driver, the CUDA libraries
# found, what the CUDA provider links to) into $OUT, or artifacts/bench/device where OUT is unset.
#   ALIABATCH_DEVICE_HOME  where the bundle is unpacked (default /tmp/aliabatch-device; kept, so a rerun skips it)
#   ALIABATCH_GPU_WORK     folder for the generated model (default /tmp; needs about 5 GB free)
#   ALIABATCH_CUDA_SEARCH  folders searched for CUDA and cuDNN libraries the loader does not know (default: the usual)
set -euo pipefail
cd "$(dirname "$0")/../.."

stage_only=false
dry_run=false
bundle=.device-bundle
budget=4.5
runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --stage) stage_only=true ;;
    --dry-run) dry_run=true ;;
    --bundle) bundle="$2"; shift ;;
    --budget-minutes) budget="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: $0 [--stage] [--dry-run] [--bundle DIR] [--budget-minutes M] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
out=${OUT:-artifacts/bench/device}
home=${ALIABATCH_DEVICE_HOME:-/tmp/aliabatch-device}
work=${ALIABATCH_GPU_WORK:-/tmp}
mkdir -p "$out" "$home"
start=$SECONDS

# The parts: every part folder names the whole tarball's hash and the number of parts.
manifest=$(find "$bundle" -mindepth 2 -maxdepth 2 -name bundle.sha256 2>/dev/null | sort | head -n 1 || true)
unpacked_hash=$(cat "$home/aliabatch-bench/.bundle-sha256" 2>/dev/null || true)
if [ -z "$manifest" ] && [ -z "$unpacked_hash" ]; then
  echo "error: no bundle parts under $bundle and none unpacked in $home. Make them with bash bench/gpu/pack-device-bundle.sh and send each part folder (carry) in its own call." >&2
  exit 3
fi
if [ -n "$manifest" ]; then
  hash=$(head -n 1 "$manifest" | cut -d' ' -f1)
  parts=$(sed -n 's/^parts //p' "$manifest")
  missing=()
  for ((k = 0; k < parts; k++)); do
    slice="$bundle/p$k/bundle.tar.xz.$(printf '%02d' "$k")"
    if [ -f "$slice" ]; then
      echo "part $k of $parts: $(stat -c %s "$slice") bytes" >&2
    else
      missing+=("$bundle/p$k")
    fi
  done
else
  hash=$unpacked_hash
  parts=0
  missing=()
fi

if [ "$stage_only" = true ]; then
  echo "${#missing[@]} of $parts parts still to send${missing[*]:+: ${missing[*]}}" >&2
  exit 0
fi

if [ "$unpacked_hash" != "$hash" ]; then
  if [ ${#missing[@]} -gt 0 ]; then
    echo "error: parts missing: ${missing[*]} (the machine may have been given back between calls, which clears them). Send each in its own call with --stage, then this again." >&2
    exit 3
  fi
  rm -rf "$home/aliabatch-bench"
  for ((k = 0; k < parts; k++)); do cat "$bundle/p$k/bundle.tar.xz.$(printf '%02d' "$k")"; done > "$home/bundle.tar.xz"
  actual=$(sha256sum "$home/bundle.tar.xz" | cut -d' ' -f1)
  if [ "$actual" != "$hash" ]; then
    echo "error: the reassembled bundle's sha256 is $actual, expected $hash: a part is damaged or from another packing. Pack again and resend every part." >&2
    exit 3
  fi
  # tar needs the xz program for -J; Python's standard library reads xz everywhere Python is.
  if command -v xz >/dev/null 2>&1; then
    tar -C "$home" -xJf "$home/bundle.tar.xz"
  else
    python3 - "$home/bundle.tar.xz" "$home" <<'PY'
import sys, tarfile
with tarfile.open(sys.argv[1], "r:xz") as bundle:
    try:
        bundle.extractall(sys.argv[2], filter="tar")  # keeps the programs' execute bits; refuses paths outside
    except TypeError:  # Python before 3.12 (and its backports) has no filters
        bundle.extractall(sys.argv[2])
PY
  fi
  rm -f "$home/bundle.tar.xz"
  echo "$hash" > "$home/aliabatch-bench/.bundle-sha256"
  echo "unpacked $(du -sh "$home/aliabatch-bench" | cut -f1) into $home in $((SECONDS - start)) s" >&2
fi
app="$home/aliabatch-bench"

{
  echo "bundle sha256 $hash, built from $(cat "$app/source.txt" 2>/dev/null || echo unknown)"
  uname -a
} > "$out/environment.txt"

# .NET needs ICU unless told to run without culture data (the benchmark does not use any).
if ! ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so'; then
  export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1
  echo "no ICU on this machine: .NET runs in invariant globalization mode" | tee -a "$out/environment.txt" >&2
fi

args=(gpu --out "$out/gpu.md" --runs "$runs" --work "$work" --budget-minutes "$budget")
if [ "$dry_run" = true ]; then
  args+=(--dry-run)
else
  if ! command -v nvidia-smi >/dev/null 2>&1 || ! nvidia-smi >> "$out/environment.txt" 2>&1; then
    echo "error: nvidia-smi is missing or found no GPU (see $out/environment.txt); use --dry-run to check the bundle on a CPU." >&2
    exit 4
  fi
  card=$(nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader -i 0 | head -n 1)
  args+=(--card "$card")
  # The CUDA provider links CUDA 13's runtime, cuBLAS and cuRAND and opens cuDNN 9 (and through it NVRTC) at run time.
  # Where the loader does not know them (pip-installed CUDA, as in a PyTorch image), their folders go on
  # LD_LIBRARY_PATH: one search of the usual places for all of them.
  search=${ALIABATCH_CUDA_SEARCH:-/usr/local/nvidia /usr/local/cuda /opt /usr/lib /usr/lib64 /usr/local/lib}
  libs=(libcudart.so.13 libcublas.so.13 libcublasLt.so.13 libcurand.so.10 libcudnn.so.9 libnvrtc.so.13 libcuda.so.1)
  names=()
  for lib in "${libs[@]}"; do names+=(-o -name "$lib"); done
  candidates=$(find $search \( "${names[@]:1}" \) \( -type f -o -type l \) 2>/dev/null || true)
  extra=()
  for lib in "${libs[@]}"; do
    if ldconfig -p 2>/dev/null | grep -q "$lib "; then
      echo "$lib: loader cache" >> "$out/environment.txt"
      continue
    fi
    found=$(printf '%s\n' "$candidates" | grep "/$lib\$" | head -n 1 || true)
    if [ -n "$found" ]; then
      echo "$lib: $found" >> "$out/environment.txt"
      extra+=("$(dirname "$found")")
    else
      echo "$lib: NOT FOUND" | tee -a "$out/environment.txt" >&2
    fi
  done
  if [ ${#extra[@]} -gt 0 ]; then
    joined=$(printf '%s\n' "${extra[@]}" | awk '!seen[$0]++' | paste -sd: -)
    export LD_LIBRARY_PATH="$joined${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
    echo "LD_LIBRARY_PATH=$LD_LIBRARY_PATH" >> "$out/environment.txt"
  fi
  { echo "ldd libonnxruntime_providers_cuda.so:"; ldd "$app/libonnxruntime_providers_cuda.so" 2>&1 || true; } >> "$out/environment.txt"
fi

echo "+ aliabatch-bench ${args[*]}" >&2
set +e
"$app/aliabatch-bench" "${args[@]}" 2>&1 | tee "$out/gpu.log"
status=${PIPESTATUS[0]}
set -e
echo "exit $status after $((SECONDS - start)) s" >&2
[ -f "$out/gpu.md" ] && cat "$out/gpu.md"
exit "$status"
