/* Viterbi decoding of a linear-chain CRF over cached per-form scores, in C.
 *
 * The companion of rasd/extract/ner/crf.py (Decoder): the same sums in the same
 * order as its plain-Python path, so the labels are the same bit for bit, at a
 * few instructions per label pair instead of a Python step each.
 *
 *   label_ids(table, rows, lengths, offsets, bias, bos, eos, transitions) -> list[int]
 *
 * table        float64 (forms, 1 + len(offsets), labels): per cached form, its own
 *              score vector and its vector as each neighbour offset; form 0 is the
 *              padding beyond a sentence's ends
 * rows         list of int: the table form of every token, sentence after sentence
 * lengths      list of int: the number of tokens of each sentence
 * offsets      tuple of int: the neighbour offsets, in the table's order
 * bias, bos, eos  float64 (labels): added to every token, to a first, to a last token
 * transitions  float64 (labels, labels): [previous][current]
 *
 * A token's score is bias + own + each offset's neighbour vector (in order), plus bos
 * on a first and eos on a last token. Each sentence gets its best path; ties go to the
 * lowest label id.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

#define MAX_OFFSETS 32
#define MAX_LABELS 256

/* A C-contiguous float64 buffer of exactly `count` values (any count if count < 0). */
static int
doubles(PyObject *obj, Py_buffer *view, Py_ssize_t count, const char *name)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    if (view->itemsize != (Py_ssize_t)sizeof(double) || view->format == NULL
            || strcmp(view->format, "d") != 0
            || (count >= 0 && view->len != count * (Py_ssize_t)sizeof(double))) {
        PyErr_Format(PyExc_ValueError, "%s: expected a C-contiguous float64 array%s", name,
                     count >= 0 ? " of the model's shape" : "");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* The best previous label of `cur` after scores `delta` (ties: the lowest id), and its sum. */
static inline int
best_previous(const double *delta, const double *into, Py_ssize_t labels, double *best)
{
    double top = delta[0] + into[0];
    int arg = 0;
    for (Py_ssize_t prev = 1; prev < labels; prev++) {
        double value = delta[prev] + into[prev];
        if (value > top) {
            top = value;
            arg = (int)prev;
        }
    }
    *best = top;
    return arg;
}

/* The best path of one sentence of n tokens, written to ids. scores: (n, labels), turned
 * into the Viterbi sums in place; trans: [previous][current]; into: the same transposed,
 * [current][previous]. The forward pass keeps only the best sums (a running maximum over
 * the previous labels, for all current labels at once); the best previous labels are found
 * again on the way back, for one label per step. */
static void
viterbi(double *scores, Py_ssize_t n, Py_ssize_t labels, const double *trans,
        const double *into, long *ids)
{
    double best;
    for (Py_ssize_t t = 1; t < n; t++) {
        const double *delta = scores + (t - 1) * labels;
        double *step = scores + t * labels;
        double top[MAX_LABELS];
        for (Py_ssize_t cur = 0; cur < labels; cur++)
            top[cur] = delta[0] + trans[cur];
        for (Py_ssize_t prev = 1; prev < labels; prev++) {
            const double from = delta[prev], *row = trans + prev * labels;
            for (Py_ssize_t cur = 0; cur < labels; cur++) {
                double value = from + row[cur];
                top[cur] = value > top[cur] ? value : top[cur];
            }
        }
        for (Py_ssize_t cur = 0; cur < labels; cur++)
            step[cur] = top[cur] + step[cur];
    }
    const double *delta = scores + (n - 1) * labels;
    int last = 0;
    for (Py_ssize_t y = 1; y < labels; y++)
        if (delta[y] > delta[last])
            last = (int)y;
    ids[n - 1] = last;
    for (Py_ssize_t t = n - 1; t > 0; t--) {
        last = best_previous(scores + (t - 1) * labels, into + last * labels, labels, &best);
        ids[t - 1] = last;
    }
}

/* Token scores of one sentence (see the top of this file), written to scores. */
static void
emissions(const double *table, const Py_ssize_t *rows, Py_ssize_t n, const long *offsets,
          Py_ssize_t width, Py_ssize_t labels, const double *bias, const double *bos,
          const double *eos, double *scores)
{
    for (Py_ssize_t i = 0; i < n; i++) {
        double *s = scores + i * labels;
        const double *own = table + rows[i] * width * labels;
        for (Py_ssize_t y = 0; y < labels; y++)
            s[y] = bias[y] + own[y];
        for (Py_ssize_t k = 1; k < width; k++) {
            Py_ssize_t j = i + offsets[k - 1];
            Py_ssize_t form = (j >= 0 && j < n) ? rows[j] : 0;
            const double *near = table + (form * width + k) * labels;
            for (Py_ssize_t y = 0; y < labels; y++)
                s[y] += near[y];
        }
    }
    for (Py_ssize_t y = 0; y < labels; y++)
        scores[y] += bos[y];
    for (Py_ssize_t y = 0; y < labels; y++)
        scores[(n - 1) * labels + y] += eos[y];
}

static PyObject *
label_ids(PyObject *module, PyObject *args)
{
    PyObject *table_obj, *rows_obj, *lengths_obj, *offsets_obj, *bias_obj, *bos_obj, *eos_obj,
             *trans_obj;
    if (!PyArg_ParseTuple(args, "OO!O!O!OOOO:label_ids", &table_obj, &PyList_Type, &rows_obj,
                          &PyList_Type, &lengths_obj, &PyTuple_Type, &offsets_obj, &bias_obj,
                          &bos_obj, &eos_obj, &trans_obj))
        return NULL;

    Py_buffer table = {0}, bias = {0}, bos = {0}, eos = {0}, trans = {0};
    Py_ssize_t *rows = NULL;
    double *scores = NULL, *into = NULL;
    long *ids = NULL;
    PyObject *result = NULL;

    long offsets[MAX_OFFSETS];
    Py_ssize_t width = 1 + PyTuple_GET_SIZE(offsets_obj);
    if (width > MAX_OFFSETS) {
        PyErr_SetString(PyExc_ValueError, "label_ids: too many neighbour offsets");
        return NULL;
    }
    for (Py_ssize_t k = 1; k < width; k++) {
        offsets[k - 1] = PyLong_AsLong(PyTuple_GET_ITEM(offsets_obj, k - 1));
        if (offsets[k - 1] == -1 && PyErr_Occurred())
            return NULL;
    }
    if (doubles(bias_obj, &bias, -1, "bias") < 0)
        return NULL;
    Py_ssize_t labels = bias.len / (Py_ssize_t)sizeof(double);
    if (labels == 0 || labels > MAX_LABELS) {
        PyErr_SetString(PyExc_ValueError, "label_ids: no labels, or too many");
        goto done;
    }
    if (doubles(bos_obj, &bos, labels, "bos") < 0 || doubles(eos_obj, &eos, labels, "eos") < 0
            || doubles(trans_obj, &trans, labels * labels, "transitions") < 0
            || doubles(table_obj, &table, -1, "table") < 0)
        goto done;
    Py_ssize_t forms = table.len / (Py_ssize_t)sizeof(double) / (width * labels);
    if (forms * width * labels * (Py_ssize_t)sizeof(double) != table.len) {
        PyErr_SetString(PyExc_ValueError, "label_ids: table is not (forms, offsets + 1, labels)");
        goto done;
    }

    Py_ssize_t total = PyList_GET_SIZE(rows_obj), longest = 0, counted = 0;
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(lengths_obj); s++) {
        Py_ssize_t n = PyLong_AsSsize_t(PyList_GET_ITEM(lengths_obj, s));
        if (n == -1 && PyErr_Occurred())
            goto done;
        if (n < 0) {
            PyErr_SetString(PyExc_ValueError, "label_ids: negative sentence length");
            goto done;
        }
        counted += n;
        if (n > longest)
            longest = n;
    }
    if (counted != total) {
        PyErr_SetString(PyExc_ValueError, "label_ids: lengths do not add up to the rows");
        goto done;
    }
    rows = PyMem_Malloc((size_t)(total + 1) * sizeof(Py_ssize_t));
    ids = PyMem_Malloc((size_t)(total + 1) * sizeof(long));
    scores = PyMem_Malloc((size_t)(longest * labels + 1) * sizeof(double));
    into = PyMem_Malloc((size_t)(labels * labels) * sizeof(double));
    if (rows == NULL || ids == NULL || scores == NULL || into == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t prev = 0; prev < labels; prev++)
        for (Py_ssize_t cur = 0; cur < labels; cur++)
            into[cur * labels + prev] = ((const double *)trans.buf)[prev * labels + cur];
    for (Py_ssize_t i = 0; i < total; i++) {
        rows[i] = PyLong_AsSsize_t(PyList_GET_ITEM(rows_obj, i));
        if (rows[i] == -1 && PyErr_Occurred())
            goto done;
        if (rows[i] < 0 || rows[i] >= forms) {
            PyErr_SetString(PyExc_IndexError, "label_ids: a row lies outside the table");
            goto done;
        }
    }

    Py_ssize_t at = 0;
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(lengths_obj); s++) {
        Py_ssize_t n = PyLong_AsSsize_t(PyList_GET_ITEM(lengths_obj, s));
        if (n == 0)
            continue;
        emissions(table.buf, rows + at, n, offsets, width, labels, bias.buf, bos.buf, eos.buf,
                  scores);
        viterbi(scores, n, labels, trans.buf, into, ids + at);
        at += n;
    }
    result = PyList_New(total);
    if (result == NULL)
        goto done;
    for (Py_ssize_t i = 0; i < total; i++) {
        PyObject *id = PyLong_FromLong(ids[i]);
        if (id == NULL) {
            Py_CLEAR(result);
            goto done;
        }
        PyList_SET_ITEM(result, i, id);
    }

done:
    PyMem_Free(rows);
    PyMem_Free(ids);
    PyMem_Free(scores);
    PyMem_Free(into);
    if (table.obj != NULL)
        PyBuffer_Release(&table);
    if (trans.obj != NULL)
        PyBuffer_Release(&trans);
    if (eos.obj != NULL)
        PyBuffer_Release(&eos);
    if (bos.obj != NULL)
        PyBuffer_Release(&bos);
    PyBuffer_Release(&bias);
    return result;
}

static PyMethodDef methods[] = {
    {"label_ids", label_ids, METH_VARARGS,
     "label_ids(table, rows, lengths, offsets, bias, bos, eos, transitions) -> list[int]\n\n"
     "The best label id of every token of every sentence (see rasd.extract.ner.crf)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_decode",
    "Viterbi decoding of rasd's CRF tagger over cached score tables (C).", -1, methods,
};

PyMODINIT_FUNC
PyInit__decode(void)
{
    return PyModule_Create(&module);
}
