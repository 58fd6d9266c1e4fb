"""The reconciliation window: a tool's history file compared with the session log."""
