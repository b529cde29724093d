/* Tokenization of a Basic Multilingual Plane text in C.
 *
 * The companion of rasd/text/tokenize.py: the same tokens as its pattern
 * (a run of word characters, a number with . , ٫ ٬ between its digit runs, or
 * one other non-space character), found by one loop over the text instead of a
 * regex split, and handed back in the layer's own form.
 *
 *   split(text, classes) -> (bounds, pieces)
 *   numbers(text, classes) -> [(start, end), ...]
 *   pairs(bounds) -> [(start0, end0), (start1, end1), ...]
 *   letter_first(text, bounds) -> [bool, ...]
 *
 * text     str of code points below U+10000 (the caller sends others to `regex`)
 * classes  bytes of 65536 character classes, read from the `regex` module's
 *          Unicode tables by tokenize.py: 0 space, 1 word, 2 digit, 3 other
 * bounds   list of int [start0, end0, start1, end1, ..., len(text)]
 * pieces   list of str: the text of each token (a short token seen before, in any
 *          split, comes back as the same object)
 *
 * numbers gives the spans of \d+(?:[,.]\d+)* in the text, as regex's finditer
 * would (a normalized text has no ٫ ٬ left to join digits). Both give None when
 * the text holds a character beyond U+FFFF. pairs and letter_first read the bounds of a
 * split (of any text): each token's (start, end), sharing the bounds' int objects, and
 * whether its first character is a letter (str.isalpha).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

enum { SPACE = 0, WORD = 1, DIGIT = 2, PLANE = 65536 };

static int
separator(Py_UCS4 ch, int arabic)
{
    return ch == '.' || ch == ',' || (arabic && (ch == 0x066B || ch == 0x066C));
}

/* End of the number that starts at digit `i`: digit runs joined by one separator. */
static Py_ssize_t
number_end(int kind, const void *data, const unsigned char *cls, Py_ssize_t n, Py_ssize_t i,
           int arabic)
{
    for (;;) {
        while (i < n && cls[PyUnicode_READ(kind, data, i)] == DIGIT)
            i++;
        if (i + 1 < n && separator(PyUnicode_READ(kind, data, i), arabic)
                && cls[PyUnicode_READ(kind, data, i + 1)] == DIGIT)
            i++;
        else
            return i;
    }
}

/* A parsed call: the text, its storage and the class table. */
typedef struct {
    PyObject *text;
    Py_buffer view;
    const unsigned char *cls;
    int kind;
    const void *data;
    Py_ssize_t n;
} Input;

/* Parse (text, classes) into `in`; 1 when the text is below U+10000, 0 when it is not
 * (the view is released), -1 on error. */
static int
parse(PyObject *args, const char *format, Input *in)
{
    if (!PyArg_ParseTuple(args, format, &in->text, &in->view))
        return -1;
    if (in->view.len != PLANE) {
        PyBuffer_Release(&in->view);
        PyErr_Format(PyExc_ValueError, "classes: expected %d bytes", PLANE);
        return -1;
    }
    if (PyUnicode_KIND(in->text) == PyUnicode_4BYTE_KIND) {
        PyBuffer_Release(&in->view);
        return 0;  /* CPython keeps a str in 4 bytes only when it needs them */
    }
    in->cls = (const unsigned char *)in->view.buf;
    in->kind = PyUnicode_KIND(in->text);
    in->data = PyUnicode_DATA(in->text);
    in->n = PyUnicode_GET_LENGTH(in->text);
    return 1;
}

/* Append `value` to `list` as an int; -1 on failure. */
static int
append_index(PyObject *list, Py_ssize_t value)
{
    PyObject *number = PyLong_FromSsize_t(value);
    if (number == NULL)
        return -1;
    int failed = PyList_Append(list, number);
    Py_DECREF(number);
    return failed;
}

/* The token texts already made, shared between splits: news repeats its words, and a
 * shared text keeps its hash, so every later dict or set lookup of it is cheaper. An
 * open-addressing table keyed on the characters themselves (no string made to look one
 * up), emptied when half full. */
enum { SHARED_BITS = 16, SHARED_SIZE = 1 << SHARED_BITS, SHARED_MAX_LENGTH = 40 };
static PyObject *shared[SHARED_SIZE];
static size_t shared_hash[SHARED_SIZE];
static Py_ssize_t shared_count;

static size_t
chars_hash(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    size_t h = 14695981039346656037u;  /* FNV-1a over the code points */
    for (Py_ssize_t i = start; i < end; i++)
        h = (h ^ PyUnicode_READ(kind, data, i)) * 1099511628211u;
    return h;
}

static int
same_chars(PyObject *known, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (PyUnicode_GET_LENGTH(known) != end - start)
        return 0;
    int known_kind = PyUnicode_KIND(known);
    const void *known_data = PyUnicode_DATA(known);
    for (Py_ssize_t i = start; i < end; i++)
        if (PyUnicode_READ(known_kind, known_data, i - start) != PyUnicode_READ(kind, data, i))
            return 0;
    return 1;
}

/* text[start:end], the same object as an earlier token with these characters if any. */
static PyObject *
token_text(const Input *in, Py_ssize_t start, Py_ssize_t end)
{
    if (end - start > SHARED_MAX_LENGTH)
        return PyUnicode_Substring(in->text, start, end);
    size_t h = chars_hash(in->kind, in->data, start, end), slot = h & (SHARED_SIZE - 1);
    for (; shared[slot] != NULL; slot = (slot + 1) & (SHARED_SIZE - 1))
        if (shared_hash[slot] == h && same_chars(shared[slot], in->kind, in->data, start, end))
            return Py_NewRef(shared[slot]);
    PyObject *piece = PyUnicode_Substring(in->text, start, end);
    if (piece == NULL)
        return NULL;
    if (shared_count >= SHARED_SIZE / 2) {
        for (Py_ssize_t i = 0; i < SHARED_SIZE; i++)
            Py_CLEAR(shared[i]);
        shared_count = 0;
        slot = h & (SHARED_SIZE - 1);
    }
    shared[slot] = Py_NewRef(piece);
    shared_hash[slot] = h;
    shared_count++;
    return piece;
}

static PyObject *
split(PyObject *module, PyObject *args)
{
    Input in;
    int basic = parse(args, "Uy*:split", &in);
    if (basic <= 0)
        return basic < 0 ? NULL : Py_NewRef(Py_None);
    const unsigned char *cls = in.cls;
    int kind = in.kind;
    const void *data = in.data;
    Py_ssize_t n = in.n;
    PyObject *bounds = PyList_New(0), *pieces = PyList_New(0);
    if (bounds == NULL || pieces == NULL)
        goto fail;
#define CLASS(at) cls[PyUnicode_READ(kind, data, (at))]
    Py_ssize_t i = 0;
    while (i < n) {
        int c = CLASS(i);
        if (c == SPACE) {
            i++;
            continue;
        }
        Py_ssize_t start = i++;
        if (c == WORD) {
            while (i < n && CLASS(i) == WORD)
                i++;
        } else if (c == DIGIT) {
            i = number_end(kind, data, cls, n, i, 1);
        }
        PyObject *piece = token_text(&in, start, i);
        if (piece == NULL)
            goto fail;
        int failed = PyList_Append(pieces, piece);
        Py_DECREF(piece);
        if (failed || append_index(bounds, start) || append_index(bounds, i))
            goto fail;
    }
#undef CLASS
    if (append_index(bounds, n))
        goto fail;
    PyBuffer_Release(&in.view);
    PyObject *result = PyTuple_Pack(2, bounds, pieces);
    Py_DECREF(bounds);
    Py_DECREF(pieces);
    return result;
fail:
    PyBuffer_Release(&in.view);
    Py_XDECREF(bounds);
    Py_XDECREF(pieces);
    return NULL;
}

static PyObject *
numbers(PyObject *module, PyObject *args)
{
    Input in;
    int basic = parse(args, "Uy*:numbers", &in);
    if (basic <= 0)
        return basic < 0 ? NULL : Py_NewRef(Py_None);
    PyObject *spans = PyList_New(0);
    Py_ssize_t i = 0;
    while (spans != NULL && i < in.n) {
        if (in.cls[PyUnicode_READ(in.kind, in.data, i)] != DIGIT) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        i = number_end(in.kind, in.data, in.cls, in.n, i, 0);
        PyObject *span = Py_BuildValue("(nn)", start, i);
        if (span == NULL || PyList_Append(spans, span) < 0)
            Py_CLEAR(spans);
        Py_XDECREF(span);
    }
    PyBuffer_Release(&in.view);
    return spans;
}

/* The bounds list of a split, checked: odd length, as split makes it. */
static int
check_bounds(PyObject *bounds)
{
    if (PyList_GET_SIZE(bounds) % 2 != 1) {
        PyErr_SetString(PyExc_ValueError, "bounds: expected [start0, end0, ..., len(text)]");
        return -1;
    }
    return 0;
}

static PyObject *
pairs(PyObject *module, PyObject *args)
{
    PyObject *bounds;
    if (!PyArg_ParseTuple(args, "O!:pairs", &PyList_Type, &bounds) || check_bounds(bounds) < 0)
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(bounds) / 2;
    PyObject *out = PyList_New(count);
    for (Py_ssize_t i = 0; out != NULL && i < count; i++) {
        PyObject *pair = PyTuple_Pack(2, PyList_GET_ITEM(bounds, 2 * i),
                                      PyList_GET_ITEM(bounds, 2 * i + 1));
        if (pair == NULL)
            Py_CLEAR(out);
        else
            PyList_SET_ITEM(out, i, pair);
    }
    return out;
}

static PyObject *
letter_first(PyObject *module, PyObject *args)
{
    PyObject *text, *bounds;
    if (!PyArg_ParseTuple(args, "UO!:letter_first", &text, &PyList_Type, &bounds)
            || check_bounds(bounds) < 0)
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(bounds) / 2, n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *out = PyList_New(count);
    for (Py_ssize_t i = 0; out != NULL && i < count; i++) {
        Py_ssize_t start = PyLong_AsSsize_t(PyList_GET_ITEM(bounds, 2 * i));
        if (start == -1 && PyErr_Occurred()) {
            Py_CLEAR(out);
            break;
        }
        if (start < 0 || start >= n) {
            PyErr_SetString(PyExc_IndexError, "letter_first: a token starts outside the text");
            Py_CLEAR(out);
            break;
        }
        PyList_SET_ITEM(out, i, PyBool_FromLong(
            Py_UNICODE_ISALPHA(PyUnicode_READ(kind, data, start))));
    }
    return out;
}

static PyMethodDef methods[] = {
    {"split", split, METH_VARARGS,
     "split(text, classes) -> (bounds, pieces): the tokens of a text below U+10000."},
    {"numbers", numbers, METH_VARARGS,
     "numbers(text, classes) -> [(start, end), ...]: the digit runs joined by . or ,."},
    {"pairs", pairs, METH_VARARGS,
     "pairs(bounds) -> [(start, end), ...]: the tokens' spans from a split's bounds."},
    {"letter_first", letter_first, METH_VARARGS,
     "letter_first(text, bounds) -> [bool, ...]: whether each token opens with a letter."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_tokens", "rasd's tokenizer loop in C.", -1, methods,
};

PyMODINIT_FUNC
PyInit__tokens(void)
{
    return PyModule_Create(&module);
}
