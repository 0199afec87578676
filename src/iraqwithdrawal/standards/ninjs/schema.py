"""The official ninjs schemas: which versions ship, checking a document against one, and
telling which version a document is written in."""

from __future__ import annotations

import datetime as _dt
import ipaddress
import json
import re
from functools import cache
from importlib import resources
from typing import Any

from ...errors import Problem, child_path

__all__ = [
    "NINJS_VERSIONS",
    "camel_names",
    "detect_version",
    "is_date_time",
    "is_uri",
    "json_path",
    "ninjs_schema",
    "schema_problems",
    "strict_validator",
]

#: The versions whose official schemas ship with this package.
NINJS_VERSIONS = (
    "1.0",
    "1.1",
    "1.2",
    "1.3",
    "1.4",
    "1.5",
    "1.6",
    "2.0",
    "2.1",
    "2.2",
    "3.0",
    "3.1",
)
#: The versions :func:`to_ninjs` writes.
EXPORT_VERSIONS = ("3.1", "2.2")
_GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json"


@cache
def ninjs_schema(version: str) -> dict[str, Any]:
    """The official ninjs JSON Schema of ``version`` (one of :data:`NINJS_VERSIONS`)."""
    if version not in NINJS_VERSIONS:
        raise ValueError(f"unknown ninjs version {version!r} (known: {', '.join(NINJS_VERSIONS)})")
    return _data(f"ninjs-schema_{version}.json")


def _data(name: str) -> dict[str, Any]:
    path = resources.files("iraqwithdrawal.standards").joinpath(f"data/ninjs/{name}")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def _validator(version: str, formats: str) -> Any:
    """A validator of the ``version`` schema. ``formats``: ``"off"``, ``"installed"`` (the
    format checks jsonschema has with the packages installed) or ``"strict"`` (``uri`` and
    ``date-time``, the two formats ninjs uses, checked here: the same on every install)."""
    try:
        import jsonschema  # type: ignore[import-untyped]
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "checking ninjs documents needs jsonschema: pip install 'iraqwithdrawal[standards]'"
        ) from exc
    schema = ninjs_schema(version)
    registry = Registry().with_resource(
        _GEOJSON_ID,
        Resource.from_contents(_data("GeoJSON-schema.json"), default_specification=DRAFT202012),
    )
    cls = jsonschema.validators.validator_for(schema)
    checker = None
    if formats == "installed":
        checker = cls.FORMAT_CHECKER
    elif formats == "strict":
        checker = jsonschema.FormatChecker(formats=())
        checker.checks("uri")(lambda value: not isinstance(value, str) or is_uri(value))
        checker.checks("date-time")(lambda value: not isinstance(value, str) or is_date_time(value))
    return cls(schema, registry=registry, format_checker=checker)


def strict_validator(version: str) -> Any:
    """A validator of the ``version`` schema with the ``uri`` and ``date-time`` formats
    checked the same way on every install (needs jsonschema)."""
    return _validator(version, "strict")


def schema_problems(document: Any, version: str, *, formats: bool = True) -> list[Problem]:
    """Every way ``document`` breaks the official ninjs ``version`` schema (empty if none).
    ``formats`` turns format assertions (``date-time``, ``uri``) on."""
    out = []
    checks = "installed" if formats else "off"
    for error in _validator(version, checks).iter_errors(document):
        path = json_path(error.absolute_path)
        out.append(
            Problem(
                code="ninjs_schema",
                path=path,
                message=f"not valid ninjs {version}: {error.message}",
            )
        )
    return out


def detect_version(document: dict[str, Any]) -> str:
    """The ninjs version a document declares, or the newest of the generation its property
    names belong to (3.1 for camelCase, 2.2 for plural lower-case, 1.6 otherwise)."""
    for key in ("standard", "$standard"):
        declared = document.get(key)
        if isinstance(declared, dict) and declared.get("version") in NINJS_VERSIONS:
            return str(declared["version"])
    keys = set(document)
    if keys & _CAMEL_ONLY:
        return "3.1"
    if keys & {
        "headlines",
        "bodies",
        "descriptions",
        "people",
        "organisations",
        "places",
        "subjects",
        "events",
        "objects",
        "by",
        "infosources",
        "altids",
        "genres",
        "trustindicators",
        "standard",
    }:
        return "2.2"
    return "1.6"


_CAMEL_ONLY = {
    "versionCreated",
    "firstCreated",
    "contentCreated",
    "copyrightNotice",
    "copyrightHolder",
    "pubStatus",
    "edNote",
    "infoSources",
    "altIds",
    "trustIndicators",
    "usageTerms",
    "rightsInfo",
    "representationType",
    "embargoedUntil",
    "eventDetails",
    "plannedCoverage",
    "digitalSourceType",
}


@cache
def camel_names() -> dict[str, str]:
    """Lower-case spelling to 3.1 spelling of every property name in the 3.1 schema."""
    names: dict[str, str] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            props = node.get("properties")
            if isinstance(props, dict):
                for name in props:
                    names.setdefault(name.lower(), name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(ninjs_schema("3.1"))
    names["geojson"] = "geoJSON"
    return names


def _camel_deep(value: Any, camel: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {camel.get(k.lower(), k): _camel_deep(v, camel) for k, v in value.items()}
    if isinstance(value, list):
        return [_camel_deep(v, camel) for v in value]
    return value


def json_path(parts: Any, root: str = "$") -> str:
    """The path (``$.a[0].b``, keys that are not plain names escaped) of a sequence of keys
    and indexes."""
    path = root
    for part in parts:
        path = f"{path}[{part}]" if isinstance(part, int) else child_path(path, part)
    return path


# --- formats ----------------------------------------------------------------------------------

_UNRESERVED = r"A-Za-z0-9\-._~"
_SUB_DELIMS = r"!$&'()*+,;="
_PCHAR = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|%[0-9A-Fa-f]{{2}})"
_REG_NAME = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}]|%[0-9A-Fa-f]{{2}})*"
_USERINFO = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:]|%[0-9A-Fa-f]{{2}})*"
#: An absolute URI by the grammar of RFC 3986 (``URI``): ASCII only, every ``%`` starting
#: an escape of two hex digits, a host that is a name, an IPv4 address or a bracketed IP
#: literal (checked apart).
_URI = re.compile(
    rf"""[A-Za-z][A-Za-z0-9+.\-]*:
    (?:
        //(?:{_USERINFO}@)?(?P<host>\[[^\]]*\]|{_REG_NAME})(?::[0-9]*)?(?:/{_PCHAR}*)*
      | /(?:{_PCHAR}+(?:/{_PCHAR}*)*)?
      | {_PCHAR}+(?:/{_PCHAR}*)*
      |
    )
    (?:\?(?:{_PCHAR}|[/?])*)?
    (?:\#(?:{_PCHAR}|[/?])*)?""",
    re.VERBOSE,
)
_IP_FUTURE = re.compile(rf"v[0-9A-Fa-f]+\.[{_UNRESERVED}{_SUB_DELIMS}:]+")


def is_uri(value: str) -> bool:
    """Whether ``value`` is an absolute URI (RFC 3986), what ninjs' ``format: uri`` asks."""
    match = _URI.fullmatch(value)
    if match is None:
        return False
    host = match["host"]
    if host is None or not host.startswith("["):
        return True
    literal = host[1:-1]
    if _IP_FUTURE.fullmatch(literal):
        return True
    if "%" in literal:  # a zone id is not part of RFC 3986
        return False
    try:
        ipaddress.IPv6Address(literal)
    except ValueError:
        return False
    return True


_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))"
)


def is_date_time(value: str) -> bool:
    """Whether ``value`` is an RFC 3339 date-time, what ``format: date-time`` asks."""
    match = _DATE_TIME.fullmatch(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(match[i]) for i in range(1, 7))
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    offset_ok = match[7] is None or (int(match[7]) < 24 and int(match[8]) < 60)
    return hour < 24 and minute < 60 and second <= 60 and offset_ok
