"""The "Convolution" panel (chapter 7)."""
