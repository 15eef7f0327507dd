"""The use-case plumbing every service shares: the clock, who is acting, the open database, the audit chain, document numbers, posting a numbered document, file exports."""
