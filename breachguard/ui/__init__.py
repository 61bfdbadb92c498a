"""Widgets and models. They talk to breachguard.qt, never to requests or keyring."""
