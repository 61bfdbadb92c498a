"""Kept for older imports: the lookup controller lives in qt/controllers/lookup.py."""

from breachguard.qt.controllers.lookup import LookupController

__all__ = ["LookupController"]
