#!/usr/bin/env bash
# Run the benchmark suite under one interpreter, check each script's output line
# against the expected output (made with CPython 3.11), and print median wall times.
#
# usage: runner.sh [-n RUNS] [-t SECS] [-b 'BASELINE CMD'] [-u] 'INTERP CMD' [BENCH ...]
#
#   'INTERP CMD'  interpreter command line, split on spaces; the script path is
#                 appended (e.g. 'python3', 'micropython', 'path/to/vm run').
#   BENCH         benchmark names (fib loop ...); default: every *.py beside this script.
#   -n RUNS       timed runs per benchmark (default 5), after one untimed warm-up run.
#   -t SECS       per-run time limit (default 300); a run over it is reported as TIMEOUT.
#   -b 'CMD'      also time a baseline interpreter (e.g. 'python3 -S') in alternation
#                 (A B A B ...) and print its median and the median of the per-pair
#                 ratios INTERP/BASELINE.
#   -u            write the interpreter's output as the new expected output instead
#                 of checking it (only ever do this with CPython 3.11).
#   -q            skip the 'startup' row (an empty script).
#
# A python* command is replaced by its real executable (sys.executable), so a
# version-manager shim on PATH does not add its own start-up to every run. Use
# 'python3 -S' as the baseline: the scripts import nothing, and -S keeps
# site-packages start-up hooks (.pth files) out of the figures.
#
# Output columns: bench, status (ok | MISMATCH | ERR<rc> | TIMEOUT), median/min/max
# wall seconds, peak RSS in MiB of the median-time run (needs GNU time at
# /usr/bin/time, else '-'), and with -b: baseline median and ratio.
set -u
here=$(cd "$(dirname "$0")" && pwd)
runs=5
limit=300
base=""
update=0
startup=1
while getopts "n:t:b:uqh" opt; do
    case $opt in
        n) runs=$OPTARG ;;
        t) limit=$OPTARG ;;
        b) base=$OPTARG ;;
        u) update=1 ;;
        q) startup=0 ;;
        *) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if [ $# -lt 1 ]; then awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 2; fi
read -r -a interp <<< "$1"
shift
read -r -a basecmd <<< "$base"

# A python found on PATH may be a version-manager shim (a shell script that
# costs ~0.1 s per start). Replace a python* first word by the real executable
# (sys.executable) so that start-up is not charged to the baseline.
resolve_python() {
    local exe
    case "$(basename "$1")" in
        python*)
            exe=$("$1" -S -c 'import sys; print(sys.executable)' 2>/dev/null)
            if [ -n "$exe" ] && [ -x "$exe" ]; then echo "$exe"; return; fi ;;
    esac
    echo "$1"
}
interp[0]=$(resolve_python "${interp[0]}")
if [ ${#basecmd[@]} -gt 0 ]; then basecmd[0]=$(resolve_python "${basecmd[0]}"); fi
benches=("$@")
if [ ${#benches[@]} -eq 0 ]; then
    for f in "$here"/*.py; do benches+=("$(basename "$f" .py)"); done
fi
gnutime=""
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
    gnutime=/usr/bin/time
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: > "$tmp/empty.py"

# run_once CMD... : runs with the time limit; sets R_WALL R_RSS R_RC; stdout to $tmp/out
run_once() {
    local t0 t1
    t0=$EPOCHREALTIME
    if [ -n "$gnutime" ]; then
        timeout "$limit" "$gnutime" -f '%M' -o "$tmp/rss" "$@" > "$tmp/out" 2> "$tmp/err"
    else
        timeout "$limit" "$@" > "$tmp/out" 2> "$tmp/err"
    fi
    R_RC=$?
    t1=$EPOCHREALTIME
    R_WALL=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
    R_RSS="-"
    if [ -n "$gnutime" ] && [ -s "$tmp/rss" ]; then
        R_RSS=$(awk 'END { printf "%.1f", $1 / 1024 }' "$tmp/rss")
    fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "# interpreter: ${interp[*]}" >&2
if [ -n "$base" ]; then echo "# baseline:    ${basecmd[*]}" >&2; fi
if [ "$update" = 1 ]; then
    :
elif [ -n "$base" ]; then
    printf '%-12s %-9s %9s %9s %9s %9s %10s %8s\n' bench status median_s min_s max_s peak_MiB base_med_s ratio
else
    printf '%-12s %-9s %9s %9s %9s %9s\n' bench status median_s min_s max_s peak_MiB
fi

list=("${benches[@]}")
if [ "$startup" = 1 ] && [ "$update" = 0 ]; then list=(startup "${list[@]}"); fi

for b in "${list[@]}"; do
    if [ "$b" = startup ]; then
        script="$tmp/empty.py"
    else
        script="$here/$b.py"
        if [ ! -f "$script" ]; then echo "no such benchmark: $b" >&2; continue; fi
    fi
    # warm-up run, also the correctness check
    run_once "${interp[@]}" "$script"
    status=ok
    if [ $R_RC -eq 124 ] || [ $R_RC -eq 137 ]; then
        status=TIMEOUT
    elif [ $R_RC -ne 0 ]; then
        status="ERR$R_RC"
    elif [ "$b" != startup ]; then
        if [ "$update" = 1 ]; then
            mkdir -p "$here/expected"
            cp "$tmp/out" "$here/expected/$b.out"
            echo "wrote expected/$b.out: $(cat "$tmp/out")"
            continue
        elif ! cmp -s "$tmp/out" "$here/expected/$b.out"; then
            status=MISMATCH
        fi
    fi
    if [ "$status" != ok ]; then
        printf '%-12s %-9s %9s %9s %9s %9s\n' "$b" "$status" - - - -
        if [ -s "$tmp/err" ]; then
            tail -n 2 "$tmp/err" | sed 's/^/    | /'
        elif [ "$status" != MISMATCH ]; then
            tail -n 2 "$tmp/out" | sed 's/^/    | /'
        fi
        if [ "$status" = MISMATCH ]; then sed 's/^/    | got: /' "$tmp/out" | head -n 3; fi
        continue
    fi
    : > "$tmp/times"
    : > "$tmp/btimes"
    : > "$tmp/ratios"
    if [ -n "$base" ]; then run_once "${basecmd[@]}" "$script"; fi   # baseline warm-up
    for ((i = 0; i < runs; i++)); do
        run_once "${interp[@]}" "$script"
        a=$R_WALL
        echo "$a $R_RSS" >> "$tmp/times"
        if [ -n "$base" ]; then
            run_once "${basecmd[@]}" "$script"
            echo "$R_WALL" >> "$tmp/btimes"
            awk -v a="$a" -v b="$R_WALL" 'BEGIN { printf "%.4f\n", a / b }' >> "$tmp/ratios"
        fi
    done
    med=$(cut -d' ' -f1 "$tmp/times" | median)
    mn=$(cut -d' ' -f1 "$tmp/times" | sort -g | head -n 1)
    mx=$(cut -d' ' -f1 "$tmp/times" | sort -g | tail -n 1)
    rss=$(awk -v m="$med" '$1 == m { r = $2 } END { print r }' "$tmp/times")
    if [ -z "$rss" ]; then rss=$(sort -g "$tmp/times" | awk -v k=$(((runs + 1) / 2)) 'NR == k { print $2 }'); fi
    if [ -n "$base" ]; then
        bmed=$(median < "$tmp/btimes")
        rmed=$(median < "$tmp/ratios")
        printf '%-12s %-9s %9s %9s %9s %9s %10s %8s\n' "$b" "$status" "$med" "$mn" "$mx" "$rss" "$bmed" "$rmed"
    else
        printf '%-12s %-9s %9s %9s %9s %9s\n' "$b" "$status" "$med" "$mn" "$mx" "$rss"
    fi
done
