"""Creating a database: the first run's estate and administrator, and the demo estate."""
