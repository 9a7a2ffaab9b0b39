#!/usr/bin/env bash
# Quick developer loop: run every golden script under a ferropy binary and list failures.
# usage: tests/check.sh [path/to/ferropy] [filter]
# (CI uses the Rust harness in crates/ferropy-cli/tests/golden.rs; this is for iterating.)
bin=$(realpath "${1:-target/debug/ferropy}")
filter=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
pass=0; fail=0; failed=()
for py in $(find "$here/scripts" -name '_*' -prune -o -name '*.py' -print | sort); do
  case "$py" in *"$filter"*) ;; *) continue ;; esac
  exp="${py%.py}.out"; [ -f "$exp" ] || continue
  want_rc=0; [ -f "${py%.py}.exitcode" ] && want_rc=$(cat "${py%.py}.exitcode")
  got=$(cd "$(dirname "$py")" && timeout 20 "$bin" "$(basename "$py")" 2>/tmp/ferropy_err)
  rc=$?
  if [ "$got" == "$(cat "$exp")" ] && [ "$rc" == "$want_rc" ]; then pass=$((pass+1)); else fail=$((fail+1)); failed+=("${py#$here/scripts/}"); fi
done
printf '%s\n' "${failed[@]}" > /tmp/ferropy_failed
echo "$pass passed, $fail failed"
