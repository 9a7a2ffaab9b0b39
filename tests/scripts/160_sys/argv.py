# sys.argv: the script name is argv[0] (basename only printed), no extra arguments.
import sys
name = sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1]
print(name)
print(len(sys.argv), type(sys.argv).__name__)
print(sys.argv[1:])
print(name.endswith(".py"), name[:-3])
print(isinstance(sys.argv[0], str))
args = sys.argv[:]
args.append("extra")
print(len(args) == len(sys.argv) + 1)
print(all(isinstance(a, str) for a in sys.argv))
