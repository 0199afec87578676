"""from_dict disagree: from_dict: refused too_deep; from_json: refused lone_surrogate

Run it: python this_file.py (from the checkout)."""

import attrs

import iraqwithdrawal as iw
from iraqwithdrawal import _json

def nest(levels, inner):
    for _ in range(levels):
        inner = [inner]
    return inner


def nest_dict(levels, key, inner):
    for _ in range(levels):
        inner = {key: inner}
    return inner


LOOP = []
LOOP.append(LOOP)


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


DOCUMENT = {'\udfff': nest(511, [])}
TEXT = '{"\\udfff": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}'  # as JSON text, if JSON can hold it

outcome('from_dict', lambda: iw.from_dict(DOCUMENT, iw.Article, unknown='error'))
if TEXT is not None:
    outcome('from_json', lambda: iw.from_json(TEXT, iw.Article, unknown='error'))
