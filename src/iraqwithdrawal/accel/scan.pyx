# The byte scan of the compiled accelerator (Cython). It is copied at the head of the module
# that iraqwithdrawal.accel.build emits; see iraqwithdrawal.accel for what ``clean`` promises.

from libc.string cimport memcmp

cdef enum:
    _MAX_DEPTH = 512        # iraqwithdrawal._json.MAX_JSON_DEPTH
    _MAX_KEYS = 4096        # keys held at once along the open objects
    _MAX_OBJECT_KEYS = 256  # keys compared one by one in one object
    _LONG_RUN = 19          # digits in a row that may make an integer beyond 64 bits


cdef inline int _hex(unsigned char c) noexcept nogil:
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


cdef inline int _escape(const unsigned char* p, Py_ssize_t i, Py_ssize_t n) noexcept nogil:
    """The code unit of the ``\\uXXXX`` escape at ``p[i]`` (a backslash), or -1."""
    cdef int a, b, c, d
    if i + 6 > n or p[i + 1] != 117:
        return -1
    a = _hex(p[i + 2])
    b = _hex(p[i + 3])
    c = _hex(p[i + 4])
    d = _hex(p[i + 5])
    if a < 0 or b < 0 or c < 0 or d < 0:
        return -1
    return (a << 12) | (b << 8) | (c << 4) | d


cdef bint _clean(const unsigned char* p, Py_ssize_t n) noexcept nogil:
    cdef Py_ssize_t i = 0, start, length, k, nkeys = 0
    cdef Py_ssize_t first_key[_MAX_DEPTH + 2]
    cdef Py_ssize_t key_at[_MAX_KEYS]
    cdef Py_ssize_t key_len[_MAX_KEYS]
    cdef unsigned char is_object[_MAX_DEPTH + 2]
    cdef int depth = 0, run, unit, low
    cdef unsigned char c
    cdef bint expect_key = False, escaped
    is_object[0] = 0
    first_key[0] = 0
    while i < n:
        c = p[i]
        if c == 34:  # a string: a key where an object expects one
            i += 1
            start = i
            escaped = False
            while i < n:
                c = p[i]
                if c == 34:
                    break
                if c == 92:
                    escaped = True
                    if i + 1 < n and p[i + 1] == 117:
                        unit = _escape(p, i, n)
                        if 0xD800 <= unit <= 0xDBFF:
                            low = _escape(p, i + 6, n) if i + 6 < n and p[i + 6] == 92 else -1
                            if not 0xDC00 <= low <= 0xDFFF:
                                return False  # a high surrogate alone
                            i += 12
                            continue
                        if 0xDC00 <= unit <= 0xDFFF:
                            return False  # a low surrogate alone
                        i += 6
                        continue
                    i += 2
                    continue
                i += 1
            length = i - start
            i += 1
            if expect_key:
                if escaped:
                    return False  # "a" and "\u0061" are one key: let the exact count decide
                k = first_key[depth]
                if nkeys - k >= _MAX_OBJECT_KEYS or nkeys >= _MAX_KEYS:
                    return False
                while k < nkeys:
                    if key_len[k] == length and memcmp(p + key_at[k], p + start, length) == 0:
                        return False  # a key given twice
                    k += 1
                key_at[nkeys] = start
                key_len[nkeys] = length
                nkeys += 1
                expect_key = False
            continue
        if c == 123 or c == 91:  # { [
            depth += 1
            if depth > _MAX_DEPTH:
                return False
            is_object[depth] = c == 123
            first_key[depth] = nkeys
            expect_key = c == 123
        elif c == 125 or c == 93:  # } ]
            if depth == 0:
                return False
            nkeys = first_key[depth]
            depth -= 1
            expect_key = False
        elif c == 44:  # ,
            expect_key = is_object[depth]
        elif c == 45 or 48 <= c <= 57:  # a number
            run = 0
            while i < n:
                c = p[i]
                if 48 <= c <= 57:
                    run += 1
                    if run >= _LONG_RUN:
                        return False
                elif c == 46 or c == 45 or c == 43:
                    run = 0
                elif c == 101 or c == 69:
                    if i + 1 < n and p[i + 1] == 45:
                        # A negative exponent: under 10 ** 19 with the run below 19 digits,
                        # so neither an integer beyond 64 bits nor beyond a double.
                        run = 0
                        i += 2
                        continue
                    return False  # a positive exponent: the value may be beyond 64 bits
                else:
                    break
                i += 1
            continue
        i += 1
    return True


def clean(bytes raw not None):
    """Whether the UTF-8 JSON text ``raw``, if it parses, needs none of the exact checks."""
    cdef const unsigned char* p = raw
    cdef Py_ssize_t n = len(raw)
    cdef bint out
    with nogil:
        out = _clean(p, n)
    return out
