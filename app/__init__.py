"""dlfs-studio GUI (PySide6 + pyqtgraph)."""
from dlfs_studio.app._compat import protect_none as _protect_none

_protect_none()  # PySide6 6.12 on Python 3.11 leaks references to None; see app/_compat.py
