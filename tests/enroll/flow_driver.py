"""Drives step 3's state machine synchronously: commands run inline, effects are kept.

The same machine and the same work object the app uses, with nothing in between
but a loop: what the Qt controller does through the TaskRunner, done here in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from breachguard.core import enrollment_flow as flow
from breachguard.core.clock import measure_offset
from breachguard.core.enrollment import EnrollmentStore
from breachguard.core.enrollment_api import EnrollmentApi
from breachguard.core.enrollment_work import KEYRING_COMMANDS, EnrollmentWork
from breachguard.core.http import HttpClient
from breachguard.core.provider import ProviderProfile

EFFECTS = (flow.OpenPrivate, flow.ClosePrivate, flow.PutCodeOnClipboard)


@dataclass
class FlowDriver:
    """``deferred``: commands wait in ``pending`` until ``finish`` runs one, as work on
    the TaskRunner's pools finishes while the user goes on clicking."""

    machine: flow.EnrollmentFlow
    work: EnrollmentWork
    effects: list[Any] = field(default_factory=list)
    inputs: list[Any] = field(default_factory=list)
    deferred: bool = False
    pending: list[Any] = field(default_factory=list)

    @classmethod
    def for_provider(
        cls,
        provider: ProviderProfile,
        store: EnrollmentStore,
        *,
        http: HttpClient | None = None,
        login_email: str = "",
        keyring_timeout_s: float = 10.0,
    ) -> FlowDriver:
        http = http or HttpClient()
        api = None
        if provider.enrollment_api:
            api = EnrollmentApi(
                http, provider.enrollment_api, allowed_hosts=provider.allowed_hosts()
            )
        clock_url = provider.clock_url
        measure = None
        if clock_url:

            def measure() -> Any:
                return measure_offset(http, clock_url, allowed_hosts=provider.allowed_hosts())

        machine = flow.EnrollmentFlow(
            flow.FlowConfig(
                exchange=provider.name,
                policy=provider.totp,
                has_enrollment_api=api is not None,
                measures_clock=measure is not None,
            ),
            login_email=login_email,
        )
        work = EnrollmentWork(
            store,
            provider.id,
            provider.name,
            api=api,
            measure_clock=measure,
            keyring_timeout_s=keyring_timeout_s,
        )
        return cls(machine, work)

    @property
    def state(self) -> flow.FlowState:
        return self.machine.state

    def start(self) -> None:
        self._run_all(self.machine.start())

    def send(self, event: Any) -> None:
        self.inputs.append(event)
        self._run_all(self.machine.handle(event))

    def support_mode_code(self) -> None:
        self._run_all(self.machine.code_only_in_private())

    def _run_all(self, commands: list[Any]) -> None:
        for command in commands:
            if isinstance(command, EFFECTS):
                self.effects.append(command)
            elif self.deferred:
                self.pending.append(command)
            else:
                self.send(self.work.run(command))

    def finishable(self) -> list[int]:
        """Which pending commands may finish next: keyring work one at a time in order
        (the serial pool), the rest in any order."""
        first_keyring = next(
            (i for i, c in enumerate(self.pending) if isinstance(c, KEYRING_COMMANDS)), None
        )
        return [
            i
            for i, command in enumerate(self.pending)
            if not isinstance(command, KEYRING_COMMANDS) or i == first_keyring
        ]

    def finish(self, index: int) -> None:
        """The pending command at ``index`` finishes; its answer reaches the machine."""
        command = self.pending.pop(index)
        self.send(self.work.run(command))

    def drain_keyring_work(self) -> None:
        """Quitting: the app waits for its workers, but nobody hears their answers."""
        for command in [c for c in self.pending if isinstance(c, KEYRING_COMMANDS)]:
            self.work.run(command)
        self.pending.clear()


@dataclass
class Website:
    """What the customer does on the exchange's own website: start a setup, type a code."""

    api: EnrollmentApi
    email: str

    @classmethod
    def of(cls, provider: ProviderProfile, email: str) -> Website:
        assert provider.enrollment_api
        api = EnrollmentApi(
            HttpClient(), provider.enrollment_api, allowed_hosts=provider.allowed_hosts()
        )
        return cls(api, email)

    def start_setup(self) -> str:
        """The setup link the website shows (as a QR code and as text)."""
        return self.api.start_setup(self.email).otpauth_uri

    def type_code(self, code: str) -> float:
        """The customer types ``code`` and presses Confirm; raises when refused."""
        return self.api.confirm(self.email, code)
