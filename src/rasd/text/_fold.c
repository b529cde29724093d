/* Character folding of a Basic Multilingual Plane text in C.
 *
 * The companion of rasd/text/normalize.py: `text.translate(table)` for a table
 * that maps single characters to one character or to nothing, read from a flat
 * array instead of a dict lookup per character.
 *
 *   translate(text, plane) -> str
 *
 * text   str of code points below U+10000 (the caller sends others to str.translate)
 * plane  bytes of 65536 uint16 in the machine's order (array('H')): the code point
 *        each character becomes, DELETE (U+FFFF, a noncharacter, which itself stays)
 *        for a character that is dropped
 *
 * The text itself comes back when nothing in it changes; None when it holds a
 * character beyond U+FFFF.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

enum { DELETE = 0xFFFF, PLANE = 65536 };

static PyObject *
translate(PyObject *module, PyObject *args)
{
    PyObject *text;
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "Uy*:translate", &text, &view))
        return NULL;
    if (view.len != 2 * PLANE) {
        PyBuffer_Release(&view);
        return PyErr_Format(PyExc_ValueError, "plane: expected %d bytes", 2 * PLANE);
    }
    const Py_UCS2 *plane = (const Py_UCS2 *)view.buf;
    int kind = PyUnicode_KIND(text);
    if (kind == PyUnicode_4BYTE_KIND) {
        PyBuffer_Release(&view);
        Py_RETURN_NONE;  /* CPython keeps a str in 4 bytes only when it needs them */
    }
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
#define TARGET(ch) ((Py_UCS4)plane[(ch)])
#define DROPPED(ch, to) ((to) == DELETE && (ch) != DELETE)
    /* First pass: the folded length and widest character, or the text as it is. */
    Py_ssize_t length = 0;
    Py_UCS4 widest = 0;
    int changed = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i), to = TARGET(ch);
        if (to != ch)
            changed = 1;
        if (DROPPED(ch, to))
            continue;
        length++;
        if (to > widest)
            widest = to;
    }
    if (!changed) {
        PyBuffer_Release(&view);
        Py_INCREF(text);
        return text;
    }
    PyObject *folded = PyUnicode_New(length, widest);
    if (folded == NULL) {
        PyBuffer_Release(&view);
        return NULL;
    }
    int out_kind = PyUnicode_KIND(folded);
    void *out = PyUnicode_DATA(folded);
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i), to = TARGET(ch);
        if (!DROPPED(ch, to))
            PyUnicode_WRITE(out_kind, out, at++, to);
    }
#undef TARGET
#undef DROPPED
    PyBuffer_Release(&view);
    return folded;
}

static PyMethodDef methods[] = {
    {"translate", translate, METH_VARARGS,
     "translate(text, plane) -> str: text with each character replaced or dropped."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fold", "rasd's character folding loop in C.", -1, methods,
};

PyMODINIT_FUNC
PyInit__fold(void)
{
    return PyModule_Create(&module);
}
