#!/usr/bin/env bash
# Regenerate the golden outputs of tests/scripts/ with CPython (the source of truth).
#
#   bash tests/regen.sh                      # every tests/scripts/**/*.py
#   bash tests/regen.sh tests/scripts/020_int/parse.py ...   # only these scripts
#
# For each script NAME.py this runs the real CPython executable (python3, or $PYTHON if set) with
# PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8, cwd = the script's directory, and writes its exact stdout
# to NAME.out. If the script exits non-zero, the exit code is written to NAME.exitcode (only then; a
# stale NAME.exitcode is removed otherwise). The script's stderr passes through to this script's stderr
# so unexpected tracebacks are visible while regenerating. Commit the .out/.exitcode files: the test
# runner needs no python3. Generated with CPython 3.11 (ferropy's compatibility target).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
scripts_dir="$here/scripts"
py="$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')"
ver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.11" ]; then
    echo "regen.sh: warning: $py is Python $ver, goldens are meant to come from 3.11" >&2
fi

files=()
if [ "$#" -gt 0 ]; then
    for f in "$@"; do
        case "$f" in
            *.py) files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")") ;;
            *) echo "regen.sh: not a .py file: $f" >&2; exit 2 ;;
        esac
    done
else
    while IFS= read -r -d '' f; do files+=("$f"); done \
        < <(find "$scripts_dir" -name '_*' -prune -o -name '*.py' -type f -print0 | LC_ALL=C sort -z)
fi

count=0
nonzero=0
for f in "${files[@]}"; do
    dir="$(dirname "$f")"
    name="$(basename "$f" .py)"
    rc=0
    errfile=$(mktemp)
    (cd "$dir" && PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 "$py" "$name.py" > "$name.out" 2> "$errfile") || rc=$?
    cat "$errfile" >&2
    if [ "$rc" -ne 0 ]; then
        echo "$rc" > "$dir/$name.exitcode"
        # The traceback is part of the contract for failing scripts: keep it, with the
        # script's absolute directory removed so it does not depend on the checkout path.
        sed "s|$dir/||g" "$errfile" > "$dir/$name.err"
        echo "regen.sh: ${f#"$scripts_dir"/} exited with $rc" >&2
        nonzero=$((nonzero + 1))
    else
        rm -f "$dir/$name.exitcode" "$dir/$name.err"
    fi
    rm -f "$errfile"
    count=$((count + 1))
done
echo "regen.sh: regenerated $count script(s) with $py (Python $ver); $nonzero exited non-zero" >&2
