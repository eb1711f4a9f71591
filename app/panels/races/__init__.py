"""The "Chapter 6" panel: races under identical conditions (see panel.py)."""
