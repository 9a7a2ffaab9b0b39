#!/bin/sh
# Regenerate the expected outputs from CPython 3.11 (the oracle; never edit them by hand):
#   *.ast   ast.dump(tree, indent=2)
#   *.locs  the same with include_attributes=True (spans)
#   *.tokens python3 -m tokenize
# and errors.expected from errors.txt.
cd "$(dirname "$0")" || exit 1
for f in *.py; do
  [ "$f" = errors_regen.py ] && continue
  b=${f%.py}
  python3 -c "import ast,sys;print(ast.dump(ast.parse(open(sys.argv[1],encoding='utf-8').read()), indent=2))" "$f" > "$b.ast"
  python3 -c "import ast,sys;print(ast.dump(ast.parse(open(sys.argv[1],encoding='utf-8').read()), indent=2, include_attributes=True))" "$f" > "$b.locs"
  python3 -m tokenize "$f" > "$b.tokens"
done
python3 errors_regen.py
