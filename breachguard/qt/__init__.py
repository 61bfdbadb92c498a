"""Glue between the Qt-free core and the widgets: background tasks, app context."""
