# Recursive-descent arithmetic expression parser/evaluator with precedence, unary minus, and errors.
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."):
                j += 1
            toks, i = toks + [float(s[i:j]) if "." in s[i:j] else int(s[i:j])], j
        elif c in "+-*/()^%":
            toks, i = toks + [c], i + 1
        else:
            raise SyntaxError(f"bad character {c!r} at {i}")
    return toks
class Parser:
    def __init__(self, toks):
        self.toks, self.pos = toks, 0
    def fail(self, msg):
        raise SyntaxError(msg)
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else None
    def take(self):
        self.pos += 1
        return self.toks[self.pos - 1] if self.pos <= len(self.toks) else None
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            r = self.factor()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def factor(self):
        base = self.unary()
        return base ** (self.take() and self.factor()) if self.peek() == "^" else base
    def unary(self):
        if self.peek() == "-":
            self.take()
            return -self.unary()
        if self.peek() == "(":
            self.take()
            v = self.expr()
            return v if self.take() == ")" else self.fail("expected )")
        t = self.take()
        if not isinstance(t, (int, float)):
            raise SyntaxError(f"unexpected token {t!r}")
        return t
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "17 % 5 - -3", "2 * (3 + 4) * 5", "1.5 * 4",
            "1 / 0", "2 +", "3 $ 4", "(1 + 2"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
