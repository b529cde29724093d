/* Tokenization of a Basic Multilingual Plane text in C.
 *
 * The companion of rasd/text/tokenize.py: the same tokens as its pattern
 * (a run of word characters, a number with . , ٫ ٬ between its digit runs, or
 * one other non-space character), found by one loop over the text instead of a
 * regex split, and handed back in the layer's own form.
 *
 *   split(text, classes) -> (bounds, pieces)
 *
 * text     str of code points below U+10000 (the caller sends others to `regex`)
 * classes  bytes of 65536 character classes, read from the `regex` module's
 *          Unicode tables by tokenize.py: 0 space, 1 word, 2 digit, 3 other
 * bounds   list of int [start0, end0, start1, end1, ..., len(text)]
 * pieces   list of str: the text of each token
 *
 * None when the text holds a character beyond U+FFFF.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

enum { SPACE = 0, WORD = 1, DIGIT = 2, PLANE = 65536 };

static int
separator(Py_UCS4 ch)
{
    return ch == '.' || ch == ',' || ch == 0x066B || ch == 0x066C;
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

static PyObject *
split(PyObject *module, PyObject *args)
{
    PyObject *text;
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "Uy*:split", &text, &view))
        return NULL;
    if (view.len != PLANE) {
        PyBuffer_Release(&view);
        return PyErr_Format(PyExc_ValueError, "classes: expected %d bytes", PLANE);
    }
    const unsigned char *cls = (const unsigned char *)view.buf;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *bounds = PyList_New(0), *pieces = PyList_New(0);
    if (bounds == NULL || pieces == NULL)
        goto fail;
    if (kind == PyUnicode_4BYTE_KIND) {
        Py_DECREF(bounds);
        Py_DECREF(pieces);
        PyBuffer_Release(&view);
        Py_RETURN_NONE;  /* CPython keeps a str in 4 bytes only when it needs them */
    }
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
            for (;;) {
                while (i < n && CLASS(i) == DIGIT)
                    i++;
                if (i + 1 < n && separator(PyUnicode_READ(kind, data, i)) && CLASS(i + 1) == DIGIT)
                    i++;
                else
                    break;
            }
        }
        PyObject *piece = PyUnicode_Substring(text, start, i);
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
    PyBuffer_Release(&view);
    PyObject *result = PyTuple_Pack(2, bounds, pieces);
    Py_DECREF(bounds);
    Py_DECREF(pieces);
    return result;
fail:
    PyBuffer_Release(&view);
    Py_XDECREF(bounds);
    Py_XDECREF(pieces);
    return NULL;
}

static PyMethodDef methods[] = {
    {"split", split, METH_VARARGS,
     "split(text, classes) -> (bounds, pieces): the tokens of a text below U+10000."},
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
