"""Exchange notices: strict parsers, content sanitising and the fetch+verify pipeline.

``jsonfeed``   BreachGuard notices (JSON Feed 1.1 + ``_breachguard``), signed.
``statuspage`` Atlassian Statuspage v2 payloads, read-only and unverified.
``content``    turns feed text into safe plain text, filters links.
``scam``       tells a notice that asks for a seed phrase etc. from one that warns.
``source``     fetches one feed source, verifies it and keeps the last good state.
"""
