"""``python -m app`` starts the dlfs-studio GUI."""
from app.main import main

raise SystemExit(main())
