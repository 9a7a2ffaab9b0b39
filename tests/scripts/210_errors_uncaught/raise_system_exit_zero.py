# raise SystemExit(0): a clean exit with code 0 (no .exitcode file), after some output.
print("working")
results = [n * n for n in range(5)]
print(results)
if sum(results) > 10:
    print("threshold reached, exiting cleanly")
    raise SystemExit(0)
print("never printed")
print("also never printed")
print(results[10])
