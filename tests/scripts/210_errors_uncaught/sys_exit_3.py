# sys.exit(3): output printed before exit; exit code 3; finally blocks run; later code does not.
import sys
print("starting")
def main():
    try:
        print("in main")
        sys.exit(3)
    finally:
        print("cleanup in finally")
main()
print("never printed")
for i in range(10):
    print(i)
