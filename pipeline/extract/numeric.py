"""Process settings for spaCy's numeric work."""
from __future__ import annotations

import numpy
from threadpoolctl import threadpool_limits


def no_huge_pages() -> None:
    """Stop numpy from asking for transparent huge pages for its large arrays.

    spaCy's models allocate and free arrays of several MB every batch; with huge pages the kernel
    zeroes a whole 2 MB page at each first touch, which cost about 1 s of system time per 181
    benchmark pages (issue 16). Numpy reads NUMPY_MADVISE_HUGEPAGE only when it is imported, so
    the setting is made here, before the model's first batch."""
    multiarray = getattr(numpy, "_core", None) or numpy.core  # numpy 2 moved it to _core
    multiarray.multiarray._set_madvise_hugepage(False)


def one_blas_thread() -> None:
    """Run numpy's BLAS (which the models' matrix products use, see load_nlp) on one thread.

    Each worker process already has its core; OpenBLAS's own threads would only spin against the
    other workers (nlp.pipe over the 181 benchmark pages: 22.0 s CPU with its default threads,
    18.1 s with one). threadpoolctl sets the limit whichever BLAS numpy was built with, also when
    numpy was imported before the environment could say so."""
    threadpool_limits(limits=1, user_api="blas")
