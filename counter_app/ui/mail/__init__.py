"""Bills by email under 管理: the SMTP settings and the send window."""
