"""The "Forward pass" panel (chapter 3)."""
