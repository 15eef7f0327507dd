"""The hand-off to 数电票 (fully digital e-invoices): a payer's request for an invoice of receipt
lines, the day's batch for the tax platform, its issued invoices matched back, and the guards that
keep a line from being invoiced twice."""
