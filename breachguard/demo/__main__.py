"""``python -m breachguard.demo [--port N]``: run the Demo Exchange until Ctrl+C."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import threading

from breachguard.demo.server import DemoExchange


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m breachguard.demo",
        description="Run the Demo Exchange (a fictional breached exchange) on 127.0.0.1.",
    )
    parser.add_argument(
        "--port", type=int, default=0, help="port to listen on (default: any free port)"
    )
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        exchange = DemoExchange(port=args.port).start()
    except OSError as exc:
        print(f"Cannot listen on port {args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    try:
        print(f"Demo Exchange running at {exchange.base_url}")
        print("Provider profile:")
        print(json.dumps(exchange.profile_dict(), indent=2))
        # For whoever started it (as the app holds it in process): the outbox stands
        # for the customer's phone and answers no one else.
        print(
            f"Demo SMS outbox: GET {exchange.base_url}/demo/sms with the header "
            f"'Authorization: Bearer {exchange.sms_token}'"
        )
        print("Press Ctrl+C to stop.", flush=True)
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        exchange.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
