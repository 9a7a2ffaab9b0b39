#!/usr/bin/env bash
# Run every embedding example (examples/*.rs) and compare its stdout with the `Prints:`
# block at the end of the file's `//!` header:
#
#     //! Prints:
#     //! ```text
#     //! line 1
#     //! ```
#
# Uses the default dev profile, so after `cargo test --workspace` (which builds the
# examples) it only runs them. `bash tests/examples.sh NAME…` checks just those.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Build them all up front: one cargo invocation instead of one per example.
cargo build -q -p ferropy --examples

if [ $# -gt 0 ]; then
    names=("$@")
else
    names=()
    for file in examples/*.rs; do
        names+=("$(basename "$file" .rs)")
    done
fi

failed=()
for name in "${names[@]}"; do
    file="examples/$name.rs"
    # The lines between "//! Prints:" + "//! ```text" and the closing "//! ```", with
    # their "//! " (or bare "//!") prefix removed.
    if ! awk '
        state == 0 && /^\/\/! Prints:$/ { state = 1; next }
        state == 1 { if ($0 != "//! ```text") exit 1; state = 2; next }
        state == 2 && $0 == "//! ```" { state = 3; exit }
        state == 2 {
            if ($0 == "//!") print ""
            else if (substr($0, 1, 4) == "//! ") print substr($0, 5)
            else exit 1
        }
        END { if (state != 3) exit 1 }
    ' "$file" >"$tmp/$name.expected"; then
        echo "FAIL $file: no well-formed '//! Prints:' block (//! Prints:, //! \`\`\`text, lines, //! \`\`\`)" >&2
        failed+=("$name")
        continue
    fi
    if ! cargo run -q -p ferropy --example "$name" >"$tmp/$name.actual"; then
        echo "FAIL $file: the example exited with an error" >&2
        failed+=("$name")
        continue
    fi
    if ! diff -u --label "$file (Prints: block)" --label "cargo run --example $name" \
        "$tmp/$name.expected" "$tmp/$name.actual" >&2; then
        echo "FAIL $file: its output differs from the Prints: block in its header (diff above)" >&2
        failed+=("$name")
        continue
    fi
    echo "ok   $file"
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "examples: ${#failed[@]} of ${#names[@]} failed: ${failed[*]}" >&2
    exit 1
fi
echo "examples: all ${#names[@]} print what their headers say"
