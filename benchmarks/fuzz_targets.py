"""The targets of the fuzz script and their oracle.

Each input ends in one verdict: ``accepted`` (an object came back), ``refused`` (the
library's own error: :class:`~iraqwithdrawal.ValidationError`, for constructors any
:class:`~iraqwithdrawal.errors.IraqWithdrawalError`) or ``escape`` (any other exception, or
a refusal without problems at ``$`` paths). An accepted object must be written by every JSON
backend installed and read back equal, with the same text written again (else ``changed``).
Where one input is read two ways (both backends on one text; ``from_dict`` and ``from_json``
on a document JSON can hold) the verdicts, problem codes and objects must agree (else
``disagree``)."""

from __future__ import annotations

import json
import random
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import attrs
from fuzz_inputs import (
    Corpus,
    damaged_text,
    json_value,
    mutate_tree,
    python_value,
)
from fuzz_shrink import HELPERS, Budget, ddmin, py_source, shrink_tree

import iraqwithdrawal as iw
from iraqwithdrawal import _json
from iraqwithdrawal.errors import IraqWithdrawalError

#: The backends that read each input, and those that write each accepted object.
READERS: list[str] = ["json"]
WRITERS: list[str] = ["json"]


_INSTALLED = (_json.BACKEND, _json._orjson)


def configure(backend: str) -> None:
    """Read with ``backend`` (``json``, ``orjson`` or ``both``); write with every backend
    installed. ``json`` is the install without the ``fast`` extra: orjson is hidden from
    the library (as if not installed) until :func:`restore`."""
    restore()
    have_orjson = _json._orjson is not None
    if backend in ("orjson", "both") and not have_orjson:
        raise SystemExit(f"--backend {backend}: orjson is not installed (the fast extra)")
    if backend == "json":
        _json._orjson = None  # type: ignore[assignment]
        have_orjson = False
    READERS[:] = {"json": ["json"], "orjson": ["orjson"], "both": ["orjson", "json"]}[backend]
    WRITERS[:] = ["orjson", "json"] if have_orjson else ["json"]
    _json.BACKEND = READERS[0]


def restore() -> None:
    """The JSON backends as installed."""
    _json.BACKEND, _json._orjson = _INSTALLED


@contextmanager
def using(backend: str) -> Iterator[None]:
    saved = _json.BACKEND
    _json.BACKEND = backend
    try:
        yield
    finally:
        _json.BACKEND = saved


@attrs.frozen
class Outcome:
    verdict: str  # accepted, refused, escape
    value: Any  # the object, the sorted problem codes, or the exception


@attrs.define
class Result:
    verdict: str
    failure: str | None = None  # escape, changed, disagree
    detail: str = ""
    signature: tuple[str, ...] = ()
    value: Any = None


def attempt(call: Callable[[], Any], refusal: type[BaseException] = iw.ValidationError) -> Outcome:
    try:
        value = call()
    except refusal as exc:
        if isinstance(exc, iw.ValidationError):
            problems = exc.problems
            if not problems or not all(p.path.startswith("$") for p in problems):
                return Outcome("escape", exc)
            return Outcome("refused", tuple(sorted({p.code for p in problems})))
        return Outcome("refused", (getattr(exc, "code", type(exc).__name__),))
    except Exception as exc:
        return Outcome("escape", exc)
    return Outcome("accepted", value)


def where(exc: BaseException) -> str:
    """The innermost frame of the library in the traceback (else the innermost frame)."""
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if "/iraqwithdrawal/" in f.filename.replace("\\", "/")]
    frame = (inside or frames or [None])[-1]
    if frame is None:
        return "?"
    return f"{Path(frame.filename).name}:{frame.lineno}"


def _text(exc: BaseException) -> str:
    try:
        message = str(exc)
    except Exception:
        message = "(no message)"
    return f"{type(exc).__name__}: {message[:160]}".replace("\n", " ")


def roundtrip_fault(obj: Any, validate: bool) -> tuple[str, str] | None:
    """What goes wrong writing ``obj`` with every backend and reading it back, as (kind,
    detail), or None."""
    cls = type(obj)
    for writer in WRITERS:
        try:
            text = _json.dumps(iw.to_dict(obj), backend=writer)
        except Exception as exc:
            return f"unwritable-{writer}-{type(exc).__name__}", f"to_json ({writer}): {_text(exc)}"
        reader = writer if writer in READERS else READERS[0]
        try:
            with using(reader):
                back = iw.from_json(text, cls, unknown="keep", validate=validate)
        except Exception as exc:
            return (
                f"unreadable-{type(exc).__name__}",
                f"written by {writer}, read by {reader}: {_text(exc)}",
            )
        if back != obj:
            return "different", f"written by {writer}, read back different ({cls.__name__})"
        again = _json.dumps(iw.to_dict(back), backend=writer)
        if again != text:
            return "rewritten", f"written by {writer}, read back, written differently"
    return None


def _summary(outcome: Outcome) -> str:
    if outcome.verdict == "refused":
        return "refused " + ",".join(outcome.value)
    if outcome.verdict == "accepted":
        return f"accepted a {type(outcome.value).__name__}"
    return "escape"


def judge(target: str, outcomes: list[tuple[str, Outcome]], validate: bool) -> Result:
    """The result of one input from the outcomes of the ways it was read."""
    for name, outcome in outcomes:
        if outcome.verdict == "escape":
            exc = outcome.value
            kind = type(exc).__name__
            if isinstance(exc, iw.ValidationError):
                kind = "ValidationError-without-paths"
            return Result(
                "escape",
                "escape",
                f"{name}: {_text(exc)} at {where(exc)}",
                (target, "escape", kind, where(exc)),
            )
    first_name, first = outcomes[0]
    for name, other in outcomes[1:]:
        if other.verdict != first.verdict or other.value != first.value:
            return Result(
                first.verdict,
                "disagree",
                f"{first_name}: {_summary(first)}; {name}: {_summary(other)}",
                (target, "disagree", first.verdict, other.verdict),
                first.value if first.verdict == "accepted" else None,
            )
    if first.verdict == "accepted":
        fault = roundtrip_fault(first.value, validate)
        if fault is not None:
            kind, detail = fault
            name = type(first.value).__name__
            return Result("accepted", "changed", detail, (target, "changed", kind, name), None)
        return Result("accepted", value=first.value)
    return Result(first.verdict)


# --- reproducers -----------------------------------------------------------------------------

_CHECK = '''\
def written_and_read_back(obj, validate):
    """Every backend writes obj, and reads it back equal, with the same text again."""
    for backend in ("orjson", "json"):
        if backend == "orjson" and _json._orjson is None:
            continue
        text = _json.dumps(iw.to_dict(obj), backend=backend)
        _json.BACKEND = backend
        back = iw.from_json(text, type(obj), unknown="keep", validate=validate)
        assert back == obj, (backend, "read back different")
        assert _json.dumps(iw.to_dict(back), backend=backend) == text, (backend, "rewritten")
        print(backend, "wrote it and read it back equal")


def outcome(name, call, validate=True, refusal=iw.ValidationError):
    try:
        obj = call()
    except refusal as exc:
        print(name, "refused:", getattr(exc, "codes", None) or getattr(exc, "code", exc))
        return ("refused", getattr(exc, "codes", None) or getattr(exc, "code", None))
    print(name, "accepted")
    for one in obj if isinstance(obj, list) else [obj]:
        written_and_read_back(one, validate)
    return ("accepted", obj)
'''


def snippet(description: str, body: str) -> str:
    header = f'"""{description}\n\nRun it: python this_file.py (from the checkout)."""\n\n'
    imports = "import attrs\n\nimport iraqwithdrawal as iw\nfrom iraqwithdrawal import _json\n"
    return f"{header}{imports}\n{HELPERS}\n\n{_CHECK}\n\n{body}"


def _cls(cls: type) -> str:
    if getattr(iw, cls.__name__, None) is cls:
        return f"iw.{cls.__name__}"
    return f"__import__({cls.__module__!r}, fromlist=['x']).{cls.__name__}"


# --- the targets -----------------------------------------------------------------------------


@attrs.define
class TextCase:
    data: bytes | str
    cls: type
    unknown: str


def _from_json(data: bytes | str, cls: type, unknown: str) -> Any:
    return iw.from_json(data, cls, unknown=unknown)  # type: ignore[call-overload]


class TextTarget:
    """JSON text to ``from_json``: damaged examples, generated articles and fragments, read
    by each backend (``load`` may be replaced, to test the script itself)."""

    name = "json_text"

    def __init__(self, corpus: Corpus, load: Callable[..., Any] = _from_json) -> None:
        self.corpus = corpus
        self.load = load

    def make(self, rng: random.Random) -> TextCase:
        cls, text = self.corpus.pick_text(rng)
        data: bytes | str = text.encode("utf-8")
        if rng.random() < 0.97:
            data = damaged_text(rng, text, self.corpus.tags)
        return TextCase(data, cls, rng.choice(("error", "keep")))

    def run(self, case: TextCase) -> Result:
        outcomes = []
        load = self.load

        def call() -> Any:
            return load(case.data, case.cls, case.unknown)

        for reader in READERS:
            with using(reader):
                outcomes.append((reader, attempt(call)))
        return judge(self.name, outcomes, validate=True)

    def shrink(self, case: TextCase, fails: Callable[[Any], bool], budget: Budget) -> TextCase:
        try:  # first the parsed document, where the text is one JSON value at all
            document = json.loads(case.data)
        except (ValueError, RecursionError):
            document = None
        if document is not None:
            ascii_only = isinstance(case.data, bytes)

            def text_of(d: Any) -> bytes | str:
                text = json.dumps(d, ensure_ascii=ascii_only)
                return text.encode("utf-8") if ascii_only else text

            def keeps(d: Any) -> bool:
                try:
                    return fails(attrs.evolve(case, data=text_of(d)))
                except (ValueError, RecursionError):
                    return False

            if keeps(document):
                case = attrs.evolve(case, data=text_of(shrink_tree(document, keeps, budget)))
        data = ddmin(case.data, lambda d: fails(attrs.evolve(case, data=d)), budget)  # type: ignore[arg-type]
        return attrs.evolve(case, data=data)

    def reproducer(self, case: TextCase, description: str) -> dict[str, bytes]:
        body = (
            f"DATA = {case.data!r}\n\n"
            f"for backend in {READERS!r}:\n"
            "    _json.BACKEND = backend\n"
            f"    outcome(backend, lambda: iw.from_json(DATA, {_cls(case.cls)}, "
            f"unknown={case.unknown!r}))\n"
        )
        raw = (
            case.data
            if isinstance(case.data, bytes)
            else case.data.encode("utf-8", "surrogatepass")
        )
        return {".py": snippet(description, body).encode("utf-8"), ".json": raw}


def pure_json(value: Any) -> str | None:
    """JSON text of ``value`` when it holds only what JSON text can (objects with text keys,
    arrays, text, 64-bit-sized or larger integers of under 4,000 digits, finite numbers,
    booleans, null; at most 520 deep), else None."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        kind = type(item)
        if depth > 520:
            return None
        if kind is dict:
            if not all(type(k) is str for k in item):
                return None
            stack += [(v, depth + 1) for v in item.values()]
        elif kind is list:
            stack += [(v, depth + 1) for v in item]
        elif kind is int:
            if item.bit_length() > 12000:
                return None
        elif kind is float:
            if item != item or item in (float("inf"), float("-inf")):
                return None
        elif kind not in (str, bool, type(None)):
            return None
    try:
        return json.dumps(value)
    except (ValueError, RecursionError):
        return None


@attrs.define
class DictCase:
    document: Any
    cls: type
    unknown: str


class DictTarget:
    """Damaged parsed documents to ``from_dict`` with Python values JSON cannot hold; a
    document JSON can hold is read as text too, and both ways must agree."""

    name = "from_dict"

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus

    def make(self, rng: random.Random) -> DictCase:
        cls, text = self.corpus.pick_text(rng)
        values = python_value if rng.random() < 0.6 else json_value
        document = mutate_tree(rng, json.loads(text), values, self.corpus.tags)
        return DictCase(document, cls, rng.choice(("error", "keep")))

    def run(self, case: DictCase) -> Result:
        text = pure_json(case.document)  # before from_dict sees the document
        cls, unknown = case.cls, case.unknown
        outcomes = [
            ("from_dict", attempt(lambda: iw.from_dict(case.document, cls, unknown=unknown)))
        ]  # type: ignore[call-overload]
        if text is not None:
            outcomes.append(
                ("from_json", attempt(lambda: iw.from_json(text, cls, unknown=unknown)))  # type: ignore[call-overload]
            )
        return judge(self.name, outcomes, validate=True)

    def shrink(self, case: DictCase, fails: Callable[[Any], bool], budget: Budget) -> DictCase:
        document = shrink_tree(
            case.document, lambda d: fails(attrs.evolve(case, document=d)), budget
        )
        return attrs.evolve(case, document=document)

    def reproducer(self, case: DictCase, description: str) -> dict[str, bytes]:
        body = (
            f"DOCUMENT = {py_source(case.document)}\n"
            f"TEXT = {pure_json(case.document)!r}  # as JSON text, if JSON can hold it\n\n"
            f"outcome('from_dict', lambda: iw.from_dict(DOCUMENT, {_cls(case.cls)}, "
            f"unknown={case.unknown!r}))\n"
            "if TEXT is not None:\n"
            f"    outcome('from_json', lambda: iw.from_json(TEXT, {_cls(case.cls)}, "
            f"unknown={case.unknown!r}))\n"
        )
        return {".py": snippet(description, body).encode("utf-8")}


@attrs.define
class CtorCase:
    base: Any
    changes: dict[str, Any]


class ConstructorTarget:
    """``attrs.evolve`` (the constructor) of instances drawn by the strategies of
    ``iraqwithdrawal.testing``, with hostile values in one or two fields: Python oddities,
    values of other fields and classes, lists for tuples."""

    name = "constructors"

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.classes = sorted((c for c in corpus.instances if corpus.instances[c]), key=str)
        self.attributes = [
            (getattr(obj, a.name))
            for c in self.classes
            for obj in corpus.instances[c][:3]
            for a in attrs.fields(c)
        ]

    def _value(self, rng: random.Random, current: Any) -> Any:
        roll = rng.random()
        if roll < 0.45:
            return python_value(rng)
        if roll < 0.6:
            return json_value(rng)
        if roll < 0.8:
            return rng.choice(self.attributes)
        if isinstance(current, tuple) and current:
            return rng.choice([list(current), (*current, python_value(rng)), current + current])
        return [current]

    def make(self, rng: random.Random) -> CtorCase:
        cls = rng.choice(self.classes)
        base = rng.choice(self.corpus.instances[cls])
        fields = [a.name for a in attrs.fields(cls) if a.init]
        chosen = rng.sample(fields, min(len(fields), rng.choice((1, 1, 1, 2))))
        return CtorCase(base, {f: self._value(rng, getattr(base, f)) for f in chosen})

    def run(self, case: CtorCase) -> Result:
        made = attempt(lambda: attrs.evolve(case.base, **case.changes), IraqWithdrawalError)
        return judge(self.name, [("constructor", made)], validate=False)

    def shrink(self, case: CtorCase, fails: Callable[[Any], bool], budget: Budget) -> CtorCase:
        for name in list(case.changes):
            alone = attrs.evolve(case, changes={name: case.changes[name]})
            if len(case.changes) > 1 and budget.spend() and fails(alone):
                case = alone
        bases = sorted(self.corpus.instances[type(case.base)], key=lambda o: len(repr(o)))
        for base in bases[:20]:
            if budget.spend() and fails(attrs.evolve(case, base=base)):
                case = attrs.evolve(case, base=base)
                break
        for name, value in list(case.changes.items()):
            if isinstance(value, (dict, list, tuple)):

                def keeps(v: Any, name: str = name, case: CtorCase = case) -> bool:
                    return fails(attrs.evolve(case, changes={**case.changes, name: v}))

                case = attrs.evolve(
                    case, changes={**case.changes, name: shrink_tree(value, keeps, budget)}
                )
        return case

    def reproducer(self, case: CtorCase, description: str) -> dict[str, bytes]:
        changes = ", ".join(f"{k}={py_source(v)}" for k, v in case.changes.items())
        body = (
            f"BASE = {py_source(case.base)}\n\n"
            f"outcome('constructor', lambda: attrs.evolve(BASE, {changes}), validate=False, "
            "refusal=iw.IraqWithdrawalError)\n"
        )
        return {".py": snippet(description, body).encode("utf-8")}


@attrs.define
class NinjsCase:
    document: Any
    check_schema: bool
    backend: str


class NinjsTarget:
    """Damaged ninjs documents (the official ones of ``tests/data/ninjs`` and exports of the
    corpus) to ``from_ninjs``, with and without the schema check."""

    name = "ninjs_import"

    def __init__(self, corpus: Corpus) -> None:
        from iraqwithdrawal.standards.ninjs import from_ninjs

        self.corpus = corpus
        self.from_ninjs = from_ninjs

    def make(self, rng: random.Random) -> NinjsCase:
        document = json.loads(rng.choice(self.corpus.ninjs))
        if rng.random() < 0.1 and isinstance(document, dict):
            document["body_html"] = rng.choice(
                [
                    "<p>a</p><script>alert(1)</script><style>p{}</style>",
                    "<template><p>t</p></template><noscript>n</noscript><p>b",
                    "<p>" * 600,
                    "<![CDATA[x]]><!-- c --><p>&bogus; &#xD800; &#0;</p>",
                ]
            )
        if rng.random() < 0.95:
            values = python_value if rng.random() < 0.3 else json_value
            document = mutate_tree(rng, document, values, [])
        return NinjsCase(document, rng.random() < 0.5, rng.choice(WRITERS))

    def run(self, case: NinjsCase) -> Result:
        with using(case.backend):
            read = attempt(
                lambda: self.from_ninjs(case.document, check_schema=case.check_schema).document
            )
            return judge(self.name, [(f"from_ninjs ({case.backend})", read)], validate=True)

    def shrink(self, case: NinjsCase, fails: Callable[[Any], bool], budget: Budget) -> NinjsCase:
        document = shrink_tree(
            case.document, lambda d: fails(attrs.evolve(case, document=d)), budget
        )
        return attrs.evolve(case, document=document)

    def reproducer(self, case: NinjsCase, description: str) -> dict[str, bytes]:
        body = (
            "from iraqwithdrawal.standards.ninjs import from_ninjs\n\n"
            f"DOCUMENT = {py_source(case.document)}\n\n"
            f"_json.BACKEND = {case.backend!r}\n"
            "outcome('from_ninjs', lambda: from_ninjs(DOCUMENT, "
            f"check_schema={case.check_schema}).document)\n"
        )
        return {".py": snippet(description, body).encode("utf-8")}


@attrs.define
class TablesCase:
    parquet: bool
    articles: list[Any]
    rows: Any  # the tables as lists of row dicts; None: those of the articles
    mutation: int | None  # the seed of the damage to the rows, or None
    backend: str


class TablesTarget:
    """Articles (the corpus's, and those the other targets accepted) through the tables:
    a Parquet dataset written and read back (``write_tables``, ``articles_from_tables``),
    or their rows, often damaged, read back by ``articles_from_tables``."""

    name = "tables"

    def __init__(self, corpus: Corpus, parquet_share: float = 0.03) -> None:
        import pyarrow.parquet as pq

        from iraqwithdrawal import tables

        self.corpus = corpus
        self.reservoir: list[Any] = []
        self.tables, self.pq = tables, pq
        self.parquet_share = parquet_share
        self.scratch = Path(tempfile.mkdtemp(prefix="iw-fuzz-tables-"))

    def offer(self, article: Any, rng: random.Random) -> None:
        """Keep ``article`` (an accepted one) in a reservoir of 200 to draw from."""
        if len(self.reservoir) < 200:
            self.reservoir.append(article)
        else:
            self.reservoir[rng.randrange(200)] = article

    def _article(self, rng: random.Random) -> Any:
        if self.reservoir and rng.random() < 0.5:
            return rng.choice(self.reservoir)
        return rng.choice(self.corpus.articles)

    def make(self, rng: random.Random) -> TablesCase:
        backend = rng.choice(WRITERS)
        if rng.random() < self.parquet_share:
            chosen = [self._article(rng) for _ in range(rng.choice((1, 1, 2)))]
            return TablesCase(True, chosen, None, None, backend)
        mutation = rng.randrange(2**32) if rng.random() < 0.8 else None
        return TablesCase(False, [self._article(rng)], None, mutation, backend)

    def _read_rows(self, case: TablesCase) -> Any:
        rows = case.rows
        if rows is None:
            rows = self.tables.to_tables(case.articles[0])
            if case.mutation is not None:
                rows = mutate_tree(random.Random(case.mutation), rows, python_value, [])
        return list(self.tables.articles_from_tables(rows, unknown="keep"))

    def _through_parquet(self, case: TablesCase) -> Any:
        out = Path(tempfile.mkdtemp(dir=self.scratch))
        try:
            self.tables.write_tables(case.articles, out)
            read = {d.name: self.pq.read_table(d) for d in sorted(out.iterdir())}
            return list(self.tables.articles_from_tables(read, unknown="keep"))
        finally:
            _remove(out)

    def run(self, case: TablesCase) -> Result:
        with using(case.backend):
            read = self._through_parquet if case.parquet else self._read_rows
            outcome = attempt(lambda: read(case))
            if outcome.verdict != "accepted":
                return judge(self.name, [("tables", outcome)], validate=True)
            back = outcome.value
            if case.rows is None and case.mutation is None and back != case.articles:
                return Result(
                    "accepted",
                    "changed",
                    "came back different",
                    (self.name, "changed", "different", "Article"),
                )
            if case.rows is None and case.mutation is None:
                if [iw.to_json(a) for a in back] != [iw.to_json(a) for a in case.articles]:
                    return Result(
                        "accepted",
                        "changed",
                        "came back with other JSON text",
                        (self.name, "changed", "rewritten", "Article"),
                    )
            for article in back:
                result = judge(self.name, [("tables", attempt(lambda a=article: a))], validate=True)
                if result.failure:
                    return result
            return Result("accepted")

    def shrink(self, case: TablesCase, fails: Callable[[Any], bool], budget: Budget) -> TablesCase:
        if case.parquet:
            for article in case.articles:
                alone = attrs.evolve(case, articles=[article])
                if len(case.articles) > 1 and budget.spend() and fails(alone):
                    return alone
            return case
        try:
            rows = self.tables.to_tables(case.articles[0])
        except Exception:
            return case
        if case.mutation is not None:
            rows = mutate_tree(random.Random(case.mutation), rows, python_value, [])
        case = attrs.evolve(case, rows=rows, mutation=None)
        if not fails(case):  # materialised rows must fail the same way to be shrunk
            return attrs.evolve(case, rows=None)
        rows = shrink_tree(rows, lambda r: fails(attrs.evolve(case, rows=r)), budget)
        return attrs.evolve(case, rows=rows)

    def reproducer(self, case: TablesCase, description: str) -> dict[str, bytes]:
        articles = "[" + ", ".join(py_source(a) for a in case.articles) + "]"
        lines = ["from iraqwithdrawal import tables\n", f"ARTICLES = {articles}\n"]
        lines.append(f"_json.BACKEND = {case.backend!r}\n")
        if case.parquet:
            lines.append(
                "import pathlib, tempfile\nimport pyarrow.parquet as pq\n"
                "out = pathlib.Path(tempfile.mkdtemp())\n"
                "tables.write_tables(ARTICLES, out)\n"
                "read = {d.name: pq.read_table(d) for d in sorted(out.iterdir())}\n"
                "back = list(tables.articles_from_tables(read, unknown='keep'))\n"
                "assert back == ARTICLES\n"
            )
        else:
            rows = "None" if case.rows is None else py_source(case.rows)
            lines.append(f"ROWS = {rows}\n")
            if case.mutation is not None:  # the damage is redone by the fuzz script's code
                lines.append(
                    "import random, sys\nsys.path.insert(0, 'benchmarks')\n"
                    "from fuzz_inputs import mutate_tree, python_value\n"
                    f"ROWS = mutate_tree(random.Random({case.mutation}), "
                    "tables.to_tables(ARTICLES[0]), python_value, [])\n"
                )
            lines.append(
                "ROWS = ROWS if ROWS is not None else tables.to_tables(ARTICLES[0])\n"
                "outcome('articles_from_tables', "
                "lambda: list(tables.articles_from_tables(ROWS, unknown='keep')), True)\n"
            )
        return {".py": snippet(description, "".join(lines)).encode("utf-8")}


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
