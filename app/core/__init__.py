"""Pure domain: no Qt, no SQL, no I/O. Unit-tested without a database or a screen."""
