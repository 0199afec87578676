"""The fixed Cython and C text of the accelerator module, which ``build.emit_module`` puts
before the generated factories: untracking, direct slot stores and reads, and the test probes.

Kept apart from the build so that ``build.py`` only assembles. Each piece is one block of
Cython source, ending in a newline; :func:`lines` gives them in the order the module holds
them. The emitted module's text does not depend on how this file is split.
"""

from __future__ import annotations

__all__ = ["MAX_READS", "lines"]

#: The most fields one compiled writer reads directly (the size of a ``_Layout``'s table).
MAX_READS = 64

#: Untracking. The loaded objects are frozen trees (JSON has no cycles, and a frozen slotted
#: instance cannot be made to point back at itself without ``object.__setattr__``), so the
#: compiled loaders keep each model instance they build out of the cyclic garbage collector,
#: as msgspec does for its ``gc=False`` Structs: a collection after a load no longer walks the
#: document. Reference counting still frees every object. See docs/performance.md for what
#: this means for a cycle a user makes afterwards.
UNTRACK = """\
cdef extern from "Python.h":
    void PyObject_GC_UnTrack(void *op)

cdef inline void _untrack(object o):
    PyObject_GC_UnTrack(<void *>o)
"""

#: Direct stores, the C part. In the generated source each field of a model instance is
#: stored by a call of its slot's ``__set__`` (a member descriptor's method-wrapper: an
#: argument tuple, a type check, a switch on the member's kind), and the instance is made by a
#: call of ``object.__new__``. The emitted Cython instead reads each slot's offset from its
#: member descriptor when the factory runs and writes the reference there itself, and
#: allocates the instance through its type's ``tp_alloc`` as ``object.__new__`` does.
SLOTS_C = '''\
from cpython.object cimport PyObject

cdef extern from *:
    """
    #include <structmember.h>
    static Py_ssize_t iw_member_offset(PyObject *descr) {
        PyMemberDef *m = ((PyMemberDescrObject *)descr)->d_member;
        if (m->type != T_OBJECT_EX || (m->flags & READONLY)) return -1;
        return m->offset;
    }
    static void iw_store(PyObject *o, Py_ssize_t offset, PyObject *v) {
        PyObject **at = (PyObject **)((char *)o + offset);
        PyObject *old = *at;
        Py_INCREF(v);
        *at = v;
        Py_XDECREF(old);
    }
    static int iw_abstract(PyObject *cls) {
        return (((PyTypeObject *)cls)->tp_flags & Py_TPFLAGS_IS_ABSTRACT) != 0;
    }
    static PyObject *iw_alloc(PyObject *cls) {
        PyTypeObject *t = (PyTypeObject *)cls;
        return t->tp_alloc(t, 0);
    }
    static unsigned int iw_type_version(PyObject *cls) {
        PyTypeObject *t = (PyTypeObject *)cls;
        if (!(t->tp_flags & Py_TPFLAGS_VALID_VERSION_TAG)) return 0;
        return t->tp_version_tag;
    }
    """
    Py_ssize_t iw_member_offset(object descr)
    void iw_store(object o, Py_ssize_t offset, object v)
    bint iw_abstract(object cls)
    object iw_alloc(object cls)
    unsigned int iw_type_version(object cls)
'''

#: Direct stores, the checks: each falls back to the call when the bound value is not what it
#: was at build time (a setter that is not a writable object slot's ``__set__``, a ``_new``
#: that is not ``object.__new__``, a class with a static base other than ``object``, or an
#: abstract one).
STORES = """\
import types as _types

cdef object _object_new = object.__new__
cdef object _method_wrapper = type(object().__str__)
cdef object _member = _types.MemberDescriptorType

cdef Py_ssize_t _slot_offset(object setter):
    # The offset of the object slot whose __set__ is ``setter``, or -1.
    if type(setter) is not _method_wrapper or setter.__name__ != '__set__':
        return -1
    descr = setter.__self__
    if type(descr) is not _member:
        return -1
    return iw_member_offset(descr)

cdef bint _plain_new(object new, object cls):
    # Whether object.__new__(cls) only allocates: every class before object in the MRO
    # is a heap type (the static base is object, so object.__new__ is safe for cls).
    if new is not _object_new or not isinstance(cls, type):
        return False
    mro = cls.__mro__
    if mro[len(mro) - 1] is not object:
        return False
    for c in mro[:len(mro) - 1]:
        if not (c.__flags__ & (1 << 9)):
            return False
    return True

cdef inline object _make(object new, object cls, bint plain):
    if plain and not iw_abstract(cls):
        return iw_alloc(cls)
    return new(cls)

cdef inline int _put(object o, Py_ssize_t offset, object setter, object v) except -1:
    if offset >= 0:
        iw_store(o, offset, v)
    else:
        setter(o, v)
    return 0
"""

#: The generated source run as Python, for a compiled loader with a C-typed dict given an
#: object that is not exactly a dict.
AS_PYTHON = """\
def _as_python(made, source, env):
    # The generated source run as Python in its namespace (kept in ``made``): what a
    # compiled loader with a C-typed dict runs for an object that is not exactly a dict.
    if not made:
        space = dict(env)
        exec(compile(source, '<iraqwithdrawal generated source>', 'exec'), space)
        made.append(space['load'])
    return made[0]
"""

#: Direct reads. A writer reads each field as ``o.name``, a generic attribute look-up; the
#: emitted Cython reads the slot at its offset when ``o`` is exactly the class the writer
#: learned on its first call and that class's look-up is the generic one, the name found in
#: the class's MRO as an object slot (a ``_Layout``), and otherwise (or on an empty slot)
#: looks the attribute up. A class changed after the layout was learned (a field replaced by
#: a property, ``__getattribute__`` patched: CPython then gives the type a new version tag)
#: is learned again, so the writer sees what ``o.name`` sees, as the Python writer does.
#: ``MAX_READS`` is replaced by :data:`MAX_READS`.
LAYOUT = """\
cdef class _Layout:
    # Where a writer's class keeps the fields it reads: learned from the first instance
    # written (a writer serves one class), used for that exact class only, and learned again
    # once the class or a base has been changed (a new attribute moves its version tag).
    cdef object cls
    cdef tuple names
    cdef bint learned
    cdef unsigned int version
    cdef Py_ssize_t off[MAX_READS]

    def __init__(self, tuple names):
        self.names = names
        self.learned = False

    cdef bint direct(self, object o):
        if self.learned:
            if type(o) is not self.cls:
                return False
            if iw_type_version(self.cls) == self.version:
                return True
        self.learned = True
        self.cls = None
        t = type(o)
        if t.__getattribute__ is not object.__getattribute__:
            return False
        for k, name in enumerate(self.names):
            for c in t.__mro__:
                if name in c.__dict__:
                    found = c.__dict__[name]
                    break
            else:
                return False
            if type(found) is not _member:
                return False
            self.off[k] = iw_member_offset(found)
            if self.off[k] < 0:
                return False
        self.version = iw_type_version(t)  # valid after the look-ups above, 0 if none
        if self.version == 0:
            return False
        self.cls = t
        return True

cdef inline object _read(object o, _Layout lay, bint direct, Py_ssize_t k, str name):
    cdef PyObject *p
    if direct:
        p = (<PyObject **>((<char *><PyObject *>o) + lay.off[k]))[0]
        if p != NULL:
            return <object>p
    return getattr(o, name)
"""

#: Entry points for the tests (tests/test_accel_direct.py): one store, read or allocation
#: done as the compiled loaders and writers do it.
PROBES = """\
def probe_read(o, name):
    # For the tests: read a field as a compiled writer does.
    cdef _Layout lay = _Layout((name,))
    return _read(o, lay, lay.direct(o), 0, name)

def probe_offset(setter):
    # For the tests: the offset a compiled loader writes ``setter``'s slot at, or -1.
    return _slot_offset(setter)

def probe_put(o, setter, v):
    # For the tests: store ``v`` as a compiled loader stores a field.
    _put(o, _slot_offset(setter), setter, v)

def probe_make(new, cls):
    # For the tests: make an instance as a compiled loader's ``o = _new(_C)`` does.
    return _make(new, cls, _plain_new(new, cls))
"""


_PIECES = (UNTRACK, SLOTS_C, STORES, AS_PYTHON, LAYOUT, PROBES)


def lines() -> list[str]:
    """The prelude as the module's lines: each piece split at its newlines, so its final
    newline gives the blank line that ends it."""
    out: list[str] = []
    for piece in _PIECES:
        out += piece.replace("off[MAX_READS]", f"off[{MAX_READS}]").split("\n")
    return out
