"""One controller per step that has a flow: core state machines run through the
TaskRunner, state changes out as signals, user actions in as method calls."""
