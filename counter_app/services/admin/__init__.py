"""The estate's master data (buildings, units, people, parking, items, meters, settings) and its users."""
