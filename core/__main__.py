"""``python -m dlfs_studio.core`` is the ``dlfs`` command line."""
import sys

from .cli import main

sys.exit(main())
