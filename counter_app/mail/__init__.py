"""Bills by email: message composition (pure) and one small SMTP sender (no Qt, no database)."""
