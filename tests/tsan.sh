#!/usr/bin/env bash
# Run the threading goldens, the seed thread scripts and a deterministic race under
# ThreadSanitizer. Needs a nightly toolchain with rust-src (std is rebuilt instrumented).
#
#   bash tests/tsan.sh        # exits non-zero on a data race report or a wrong output
#
# The binary is built without mimalloc (TSan only sees the system allocator's calls).
set -uo pipefail
cd "$(dirname "$0")/.."
target=x86_64-unknown-linux-gnu
export CARGO_TARGET_DIR=target/tsan
RUSTFLAGS="-Zsanitizer=thread" cargo +nightly build -q -Zbuild-std --target "$target" \
    -p ferropy-cli --no-default-features || exit 1
bin="$PWD/target/tsan/$target/debug/ferropy"
export TSAN_OPTIONS="halt_on_error=0"
fail=0
check() { # check SCRIPT EXPECTED [ferropy args...]
    local script=$1 want=$2
    shift 2
    local out err rc
    err=$(mktemp)
    out=$(cd "$(dirname "$script")" && timeout 600 "$bin" "$@" "$(basename "$script")" 2>"$err")
    rc=$?
    local races
    races=$(grep -c "WARNING: ThreadSanitizer" "$err")
    local wrc=0
    [ -f "${script%.py}.exitcode" ] && wrc=$(cat "${script%.py}.exitcode")
    if [ "$races" != 0 ] || [ "$rc" != "$wrc" ] || { [ -n "$want" ] && [ "$out" != "$(cat "$want")" ]; }; then
        echo "FAIL $script (exit $rc, $races race reports)"
        grep -A30 "WARNING: ThreadSanitizer" "$err" | head -60
        fail=1
    else
        echo "ok   $script"
    fi
    rm -f "$err"
}
for py in tests/scripts/390_threads/*.py; do
    check "$py" "${py%.py}.out"
    FERROPY_SWITCH_STRESS=1 check "$py" "${py%.py}.out"
done
check tests/threads/lost_update.py "" --deterministic=7 --switch-instructions=37
# The embedding API's cross-thread paths: host threads sharing an interpreter, handles
# dropped on other threads, script threads running between host calls.
log=$(mktemp)
if RUSTFLAGS="-Zsanitizer=thread" cargo +nightly test -q -Zbuild-std --target "$target" \
    -p ferropy --test threads >"$log" 2>&1 && ! grep -q "WARNING: ThreadSanitizer" "$log"; then
    echo "ok   crates/ferropy/tests/threads.rs"
else
    echo "FAIL crates/ferropy/tests/threads.rs"
    grep -A30 "WARNING: ThreadSanitizer\|panicked" "$log" | head -60
    fail=1
fi
rm -f "$log"
exit $fail
