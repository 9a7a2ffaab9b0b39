# __name__ is "__main__" for the script and the dotted name for imported modules.
import _mods.main_guard as mg
print(__name__, mg.__name__, mg.ran_as, mg.main())
def main():
    print("script main() ran")
if __name__ == "__main__":
    main()
else:
    print("not reached")
print(type(__builtins__).__name__ in ("module", "dict"))
