# Helper module: prints when its body executes, to show modules run only once.
print("noisy: executing module body")
counter = 0
def bump():
    global counter
    counter += 1
    return counter
