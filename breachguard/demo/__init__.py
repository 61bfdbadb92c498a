"""The embedded Demo Exchange: ``breachguard.demo.server.DemoExchange``.

Run it on its own with ``python -m breachguard.demo``.
"""
