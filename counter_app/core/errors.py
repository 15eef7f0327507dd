"""The one exception type a cashier sees: its message is meant to be shown as is."""


class CounterError(Exception):
    """A refused operation. Nothing was changed. `str(e)` is a message for the cashier."""


class PermissionDenied(CounterError):
    pass


class NotFound(CounterError):
    pass
