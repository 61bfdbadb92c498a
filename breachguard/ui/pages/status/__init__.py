"""Step 1, what the exchange says: the page and one module per view.

``story_list`` (the triage list), ``story_detail`` (one story with its timeline),
``health_strip`` ("what works now"), ``sources`` (where the notices come from and
how fresh they are); ``wording`` and ``icons`` are the words and shapes they share.
"""

from breachguard.ui.pages.status.page import StatusPage

__all__ = ["StatusPage"]
