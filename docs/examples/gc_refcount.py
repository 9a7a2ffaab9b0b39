class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freeing", self.name)


a = Node("a")
del a  # freed here, before the next line runs
print("after del a")
items = [Node(1), Node(2), Node(3)]
items = None  # a list releases its items last to first
print("done")
