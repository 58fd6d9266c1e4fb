"""Mail to customers: templates rendered to subject, text and HTML, messages composed for SMTP, and
the SMTP connection itself. Knows nothing of the database or Qt; app.services decides what is sent
and keeps it in the outbox."""
