# An uncaught FileNotFoundError: the traceback is part of the expected output.
with open("missing-file-for-ferropy-test.txt") as f:
    print(f.read())
