"""The words the status views share for severities, statuses and component health.

Translated in the ``StatusPage`` context, like every text of step 1: the views are
one page to translators.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("StatusPage", text)


def severity_text(severity: str) -> str:
    return {
        "critical": _tr("Critical"),
        "major": _tr("Major"),
        "minor": _tr("Minor"),
        "info": _tr("Information"),
    }.get(severity, _tr("Severity unknown"))


def status_text(status: str) -> str:
    return {
        "investigating": _tr("Investigating"),
        "identified": _tr("Cause identified"),
        "monitoring": _tr("Monitoring"),
        "resolved": _tr("Resolved"),
        "update": _tr("Update"),
        "postmortem": _tr("Post-mortem"),
        "scheduled": _tr("Scheduled"),
        "in_progress": _tr("In progress"),
        "verifying": _tr("Verifying"),
        "completed": _tr("Completed"),
    }.get(status, _tr("Status unknown"))


def area_status_text(status: str) -> str:
    """A component's status in words a customer uses."""
    return {
        "operational": _tr("Working"),
        "degraded_performance": _tr("Slow"),
        "partial_outage": _tr("Partly down"),
        "major_outage": _tr("Down"),
        "under_maintenance": _tr("Under maintenance"),
    }.get(status, _tr("Status unknown"))


def source_kind(verified: bool) -> str:
    return _tr("verified") if verified else _tr("unverified")
