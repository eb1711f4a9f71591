"""dlfs-studio GUI (PySide6 + pyqtgraph)."""
from dlfs_studio.core.blas_env import single_blas_thread as _single_blas_thread

_single_blas_thread()  # before NumPy loads OpenBLAS: training runs in a worker thread (see core/blas_env.py)

from dlfs_studio.app._compat import protect_none as _protect_none  # noqa: E402

_protect_none()  # PySide6 6.12 on Python 3.11 leaks references to None; see app/_compat.py
