"""BreachGuard: the desktop helper for an exchange customer's worst day."""

__version__ = "0.1.0"
APP_NAME = "BreachGuard"
