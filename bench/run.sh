#!/usr/bin/env bash
# Build ferropy in release mode and time every benchmark script against `python3 -S`,
# printing median wall times and the median per-pair ratio ferropy / python3 (runs
# alternate A B A B on the same machine).
#   usage: bash bench/run.sh [-n RUNS] [BENCH ...]     e.g. bash bench/run.sh -n 5 fib loop
# Timings are for people, never asserted by tests.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then runs=$2; shift 2; fi
cd "$here/.."
cargo build --release -p ferropy-cli >&2
exec bash "$here/runner.sh" -n "$runs" -b 'python3 -S' "$(pwd)/target/release/ferropy" "$@"
