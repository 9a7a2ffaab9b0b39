# Using lists as stacks and simple queues; list comprehension based filtering.
stack = []
for i in range(5):
    stack.append(i * i)
print(stack, stack[-1])
while stack:
    print(stack.pop(), end=" ")
print()
queue = ["a", "b", "c"]
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, "z")
print(queue)
brackets = "([]{()})"
pairs = {")": "(", "]": "[", "}": "{"}
st = []
ok = True
for ch in brackets:
    if ch in "([{":
        st.append(ch)
    elif not st or st.pop() != pairs[ch]:
        ok = False
print("balanced" if ok and not st else "unbalanced")
