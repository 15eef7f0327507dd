"""The manager's reports: the arrears list and the monthly collection report."""
