"""Fee standards and billing runs: what each unit owes each period, and the prepaid balance settling it."""
