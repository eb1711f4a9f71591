"""One OpenBLAS thread from the start for programs that train in worker threads (core/blas_env.py)."""
from __future__ import annotations

import subprocess
import sys

from dlfs_studio.core.blas_env import single_blas_thread


def test_sets_one_thread_when_nothing_was_chosen():
    env: dict[str, str] = {}
    assert single_blas_thread(env) is True
    assert env == {"OPENBLAS_NUM_THREADS": "1"}


def test_keeps_a_count_the_user_chose():
    for chosen in ({"OPENBLAS_NUM_THREADS": "4"}, {"OMP_NUM_THREADS": "3"}):
        env = dict(chosen)
        assert single_blas_thread(env) is False
        assert env == chosen


def test_importing_the_app_starts_openblas_with_one_thread_and_threads_can_still_be_raised():
    code = ("import os; os.environ.pop('OPENBLAS_NUM_THREADS', None); os.environ.pop('OMP_NUM_THREADS', None)\n"
            "import dlfs_studio.app, numpy\n"
            "from dlfs_studio.core.training import _Blas, blas_threads\n"
            "api = _Blas.api()\n"
            "if api is None: print('none'); raise SystemExit\n"
            "setter, getter = api\n"
            "before = getter()\n"
            "with blas_threads(2):\n"
            "    during = getter()\n"
            "print(before, during, getter())\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    if out.stdout.strip() == "none":  # no OpenBLAS found by threadpoolctl: nothing to check
        return
    before, during, after = map(int, out.stdout.split())
    assert before == 1 and after == 1
    assert during == 2
