"""The counter's use cases: find and open a unit, take a payment, receipts, voids and refunds, the journal."""
