# Helper module with a __name__ == "__main__" guard.
ran_as = __name__
def main():
    return "main() called"
if __name__ == "__main__":
    print("main_guard running as a script")
