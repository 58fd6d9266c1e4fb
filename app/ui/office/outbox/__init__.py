"""The outbox window: queued, sent and failed mail to customers, and a preview of each."""
