"""Worker processes that never outlive their run.

A ProcessPoolExecutor's workers outlive a main process that is killed (kill -9, the OOM killer):
they were left running, reparented, 215 MB each. And when the main process stops on Ctrl-C or an
error, leaving the pool's block waits for the tasks in flight to finish. Here:

- each worker asks the kernel for SIGKILL when its parent dies (Linux prctl PR_SET_PDEATHSIG),
  and checks that the parent did not die before it asked;
- workers ignore SIGINT: Ctrl-C in a terminal reaches the whole process group, and the main
  process alone decides what to do (stop every worker at once, say so in one line);
- a pool left by an exception kills its workers instead of waiting for them.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any, Callable, Iterator

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent_pid: int) -> None:
    """Make the kernel kill this process when its parent ends (Linux; elsewhere nothing)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        return
    if os.getppid() != parent_pid:  # the parent died before the request: nobody would signal
        os._exit(1)


_STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})


def _init_worker(parent_pid: int, initializer: Callable[..., Any] | None, initargs: tuple) -> None:
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a forked worker inherits the parent's handler
    if hasattr(signal, "pthread_sigmask"):  # blocked by the parent until this point (see worker_pool)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    if initializer is not None:
        initializer(*initargs)


@contextmanager
def worker_pool(processes: int, mp_context: Any, initializer: Callable[..., Any] | None = None,
                initargs: tuple = ()) -> Iterator[ProcessPoolExecutor]:
    """A process pool whose workers die with this process and are killed, not awaited, when the
    block ends with an exception (Ctrl-C included)."""
    pool = ProcessPoolExecutor(processes, mp_context=mp_context, initializer=_init_worker,
                               initargs=(os.getpid(), initializer, initargs))
    try:
        _start_workers(pool)
        yield pool
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown(wait=True)


def _ready() -> None:
    """A task that does nothing: submitting it makes the pool start its workers."""


def _start_workers(pool: ProcessPoolExecutor) -> None:
    """Start the workers with SIGINT and SIGTERM blocked. A Ctrl-C in the instant between a
    worker's fork and its initializer would kill it with a traceback: the worker inherits the
    blocked signals and unblocks them once it has its own handlers. And a SIGTERM whose handler
    raises while multiprocessing holds its fork lock is swallowed by Python ("Exception ignored
    in: _releaseLock") and the run goes on; blocked, it is delivered here as soon as the workers
    exist. (A pool that forks starts every worker at its first task; one that spawns, at each
    task.)"""
    if not hasattr(signal, "pthread_sigmask"):
        pool.submit(_ready)
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        pool.submit(_ready)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Cancel what is queued and kill the workers now: their results are no longer wanted."""
    # The executor has no public way to end running tasks; its worker table is the only handle.
    processes = dict(getattr(pool, "_processes", None) or {})
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:  # its feeder thread may be blocked on a pipe only the killed workers read
        call_queue.cancel_join_thread()
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        if process.is_alive():
            process.kill()
    for process in processes.values():
        process.join(timeout=5)
