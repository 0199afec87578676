"""The public kit for extensions: everything a package outside this one needs to add entity
kinds, event types, fields, document rules and plug-ins, with the same checks the library's
own models get.

Field helpers (each returns an ``attrs.field``)::

    text()                 # non-blank text
    text(optional=True)    # non-blank text or None
    ref(MilitaryUnit)      # the id of a MilitaryUnit (or subclass) in the same article
    refs(Person, Organization)  # a tuple of such ids
    many(Quantity)         # a tuple of models (a list is accepted and stored as a tuple)
    implements(AIRSTRIKE)  # an Event subclass's event_type, tied to its vocabulary term

The validators behind them (``TEXT``, ``ID``, ``NUMBER`` ...) are here too, for fields built
by hand, with the combinators (``instance_of``, ``and_``, ``optional`` ...) and ``@rule``,
which give a new rule its problem code, JSON Schema keywords and fast-path source, and
``ClassRule`` for a rule across the fields of one object. Register classes with
:func:`register_type`, terms with :func:`register_event_type`, document rules with
:func:`register_rule`; declare an entry point in the group ``iraqwithdrawal.plugins``
(:data:`PLUGIN_GROUP`) so every process finds them.
"""

from __future__ import annotations

from typing import Any

import attrs

from ._plugins import GROUP as PLUGIN_GROUP
from ._plugins import PluginError, load_plugins, loaded_plugins
from ._rules import DocumentRule, document_rules, register_rule, unregister_rule
from .errors import Problem, RegistryError, RuleError, Severity
from .models.base import (
    INDEX,
    KindSpec,
    Model,
    RefKinds,
    TaggedModel,
    lookup_type,
    ref_meta,
    register_type,
    registered_types,
    tag_of,
    unregister_type,
)
from .models.checks import (
    BLANK,
    BOOL,
    ID,
    NUMBER,
    OPT_ID,
    OPT_NUMBER,
    OPT_TEXT,
    TEXT,
    TYPED,
    Bounds,
    Choice,
    ClassRule,
    Declared,
    Edtf,
    Iri,
    LanguageTag,
    Length,
    NonBlank,
    Pattern,
    Rule,
    Typed,
    Validator,
    and_,
    declared_checks,
    deep_iterable,
    derived_type_check,
    instance_of,
    matches_re,
    optional,
    present,
    rule,
    run_class_rules,
    to_tuple,
    tuple_of,
)
from .models.events import (
    EventType,
    event_types,
    get_event_type,
    implements,
    register_event_type,
    unregister_event_type,
)
from .models.vocabulary import (
    Term,
    TermCheck,
    Vocabulary,
    get_vocabulary,
    term_field,
    vocabularies,
)

__all__ = [
    "TYPED",
    "Typed",
    "derived_type_check",
    "BLANK",
    "Bounds",
    "Choice",
    "Declared",
    "Edtf",
    "Iri",
    "LanguageTag",
    "Length",
    "NonBlank",
    "Pattern",
    "declared_checks",
    "BOOL",
    "ClassRule",
    "DocumentRule",
    "EventType",
    "ID",
    "INDEX",
    "KindSpec",
    "Model",
    "NUMBER",
    "OPT_ID",
    "OPT_NUMBER",
    "OPT_TEXT",
    "PLUGIN_GROUP",
    "PluginError",
    "Problem",
    "RefKinds",
    "RegistryError",
    "Rule",
    "RuleError",
    "Severity",
    "TEXT",
    "TaggedModel",
    "Term",
    "TermCheck",
    "Validator",
    "Vocabulary",
    "and_",
    "deep_iterable",
    "document_rules",
    "event_types",
    "get_event_type",
    "get_vocabulary",
    "implements",
    "instance_of",
    "load_plugins",
    "loaded_plugins",
    "lookup_type",
    "many",
    "matches_re",
    "optional",
    "present",
    "ref",
    "ref_meta",
    "refs",
    "register_event_type",
    "register_rule",
    "register_type",
    "registered_types",
    "rule",
    "run_class_rules",
    "tag_of",
    "term_field",
    "text",
    "to_tuple",
    "tuple_of",
    "unregister_event_type",
    "unregister_rule",
    "unregister_type",
    "vocabularies",
]


def text(*, optional: bool = False) -> Any:
    """A text field: a string that is not empty or blank (``None`` allowed, and the default,
    when ``optional``)."""
    if optional:
        return attrs.field(default=None, validator=OPT_TEXT)
    return attrs.field(validator=TEXT)


def ref(*kinds: KindSpec, optional: bool = False) -> Any:
    """A field holding the id of another object of the article, of one of ``kinds``
    (classes, matched with ``isinstance``; a callable returning the class for one not yet
    defined, such as ``lambda: MilitaryUnit`` inside ``MilitaryUnit`` itself).
    ``validate()`` checks that the id resolves, and to an object of the right kind."""
    metadata = ref_meta(*kinds)
    if optional:
        return attrs.field(default=None, validator=OPT_ID, metadata=metadata)
    return attrs.field(validator=ID, metadata=metadata)


def refs(*kinds: KindSpec) -> Any:
    """A field holding a tuple of ids, each checked as :func:`ref` checks one; default
    empty, and a list is accepted."""
    return attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ID), metadata=ref_meta(*kinds)
    )


def many(member: type | Validator) -> Any:
    """A field holding a tuple of ``member`` (a class, or a validator for each item);
    default empty, and a list is accepted."""
    return attrs.field(default=(), converter=to_tuple, validator=tuple_of(member))
