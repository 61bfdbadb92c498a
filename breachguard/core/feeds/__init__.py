"""Exchange notices: strict parsers, content sanitising and the fetch+verify pipeline.

``jsonfeed``   BreachGuard notices (JSON Feed 1.1 + ``_breachguard``), signed.
``statuspage`` Atlassian Statuspage v2 payloads, read-only and unverified.
``content``    turns feed text into safe plain text, filters links, flags scams.
``source``     fetches one feed source, verifies it and keeps the last good state.
"""
