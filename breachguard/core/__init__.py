"""The domain: plain Python, never imports PySide6 (a test enforces it)."""
