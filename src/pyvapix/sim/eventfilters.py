"""The filters of a pull-point subscription: which topics (topic expressions) and which
messages (ItemFilter content expressions) it delivers.

Topic expressions: ONVIF's ConcreteSet dialect (alternatives joined by ``|``, a ``//.``
suffix for a topic and everything below it) and WS-Topics' Concrete and Simple dialects (one
topic). Levels are compared without their namespace prefixes, so ``tns1:Door//.`` and
``onvif:Door//.`` select the same topics. Content expressions: ``boolean(//tt:SimpleItem[...])``
tests on item names and values, combined with ``and``, ``or`` and ``not(...)`` (either case,
as the Axis documentation writes them in capitals).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

CONCRETE_SET = "http://www.onvif.org/ver10/tev/topicExpression/ConcreteSet"
CONCRETE = "http://docs.oasis-open.org/wsn/t-1/TopicExpression/Concrete"
SIMPLE = "http://docs.oasis-open.org/wsn/t-1/TopicExpression/Simple"
ITEM_FILTER = "http://www.onvif.org/ver10/tev/messageContentFilter/ItemFilter"
TOPIC_DIALECTS = (CONCRETE_SET, CONCRETE, SIMPLE)

_LEVEL = re.compile(r"(?:[A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*")

Item = tuple[str, str]  # name, value


class FilterError(ValueError):
    """An expression the device refuses; ``kind`` is the WS-BaseNotification fault."""

    def __init__(self, kind: str, reason: str) -> None:
        self.kind = kind
        super().__init__(reason)


@dataclass(frozen=True)
class TopicFilter:
    """One expression: alternatives, each a topic path (prefixes removed) and whether it
    takes the topics below it."""

    alternatives: tuple[tuple[str, bool], ...]

    def matches(self, path: str) -> bool:
        for wanted, subtree in self.alternatives:
            if path == wanted or (subtree and path.startswith(wanted + "/")):
                return True
        return False


def topic_filter(expressions: Sequence[tuple[str, str]]) -> Callable[[str], bool] | None:
    """The test of (dialect, expression) pairs on a topic path: every expression must
    select it. None means every topic."""
    filters = [_one_topic_filter(dialect, text) for dialect, text in expressions]
    if not filters:
        return None
    return lambda path: all(f.matches(path) for f in filters)


def _one_topic_filter(dialect: str, text: str) -> TopicFilter:
    if dialect not in TOPIC_DIALECTS:
        raise FilterError("TopicExpressionDialectUnknownFault", f"unknown dialect {dialect!r}")
    parts = [part.strip() for part in text.split("|")] if dialect == CONCRETE_SET else [text]
    alternatives = []
    for part in parts:
        subtree = dialect == CONCRETE_SET and part.endswith("//.")
        path = part[: -len("//.")] if subtree else part
        levels = path.strip().split("/")
        if not all(_LEVEL.fullmatch(level) for level in levels) or (
            dialect == SIMPLE and len(levels) > 1
        ):
            raise FilterError("InvalidTopicExpressionFault", f"not a topic expression: {part!r}")
        alternatives.append(("/".join(lv.rpartition(":")[2] for lv in levels), subtree))
    return TopicFilter(tuple(alternatives))


Predicate = Callable[[Sequence[Item]], bool]


def content_filter(expressions: Sequence[tuple[str, str]]) -> Predicate | None:
    """The test of (dialect, expression) pairs on a message's items (all must hold); None
    means every message."""
    tests = []
    for dialect, text in expressions:
        if dialect != ITEM_FILTER:
            raise FilterError(
                "InvalidMessageContentExpressionFault", f"unknown content dialect {dialect!r}"
            )
        tests.append(_ItemFilterParser(text).parse())
    if not tests:
        return None
    return lambda items: all(test(items) for test in tests)


_TOKEN = re.compile(
    r"""\s*(?:
        (?P<item>boolean\(\s*//\s*(?:[A-Za-z_][\w.-]*:)?SimpleItem\s*\[(?P<predicate>[^\]]*)\]\s*\))
      | (?P<word>and|or|not)\b
      | (?P<punct>[()])
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_CONDITION = re.compile(
    r"""\s*@(?P<attribute>Name|Value)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)')\s*""",
)


class _ItemFilterParser:
    """expression := term ("or" term)*; term := factor ("and" factor)*;
    factor := "not" "(" expression ")" | "(" expression ")" | boolean(//tt:SimpleItem[...])"""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[tuple[str, str]] = []
        position = 0
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None:
                if text[position:].strip():
                    self.fail(f"cannot read {text[position : position + 30]!r}")
                break
            if match.group("item"):
                self.tokens.append(("item", match.group("predicate")))
            elif match.group("word"):
                self.tokens.append(("word", match.group("word").lower()))
            else:
                self.tokens.append(("punct", match.group("punct")))
            position = match.end()
        self.index = 0

    def fail(self, reason: str) -> None:
        raise FilterError("InvalidMessageContentExpressionFault", f"{reason} in {self.text!r}")

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self, kind: str, value: str | None = None) -> str:
        token = self.peek()
        if token is None or token[0] != kind or (value is not None and token[1] != value):
            self.fail(f"expected {value or kind}")
        self.index += 1
        assert token is not None
        return token[1]

    def parse(self) -> Predicate:
        test = self.expression()
        if self.peek() is not None:
            self.fail("unexpected text after the expression")
        return test

    def expression(self) -> Predicate:
        tests = [self.term()]
        while self.peek() == ("word", "or"):
            self.index += 1
            tests.append(self.term())
        return tests[0] if len(tests) == 1 else (lambda items: any(t(items) for t in tests))

    def term(self) -> Predicate:
        tests = [self.factor()]
        while self.peek() == ("word", "and"):
            self.index += 1
            tests.append(self.factor())
        return tests[0] if len(tests) == 1 else (lambda items: all(t(items) for t in tests))

    def factor(self) -> Predicate:
        token = self.peek()
        if token == ("word", "not"):
            self.index += 1
            self.take("punct", "(")
            inner = self.expression()
            self.take("punct", ")")
            return lambda items: not inner(items)
        if token == ("punct", "("):
            self.index += 1
            inner = self.expression()
            self.take("punct", ")")
            return inner
        return self.item(self.take("item"))

    def item(self, predicate: str) -> Predicate:
        wanted: dict[str, str] = {}
        for part in re.split(r"\band\b", predicate, flags=re.IGNORECASE):
            match = _CONDITION.fullmatch(part)
            if match is None or match.group("attribute") in wanted:
                self.fail(f"cannot read the item test [{predicate}]")
            assert match is not None
            value = match.group("double")
            wanted[match.group("attribute")] = match.group("single") if value is None else value
        name, value = wanted.get("Name"), wanted.get("Value")
        return lambda items: any(
            (name is None or n == name) and (value is None or v == value) for n, v in items
        )
