"""``python -m dlfs_studio.app`` starts the dlfs-studio GUI."""
from dlfs_studio.app.main import main

raise SystemExit(main())
