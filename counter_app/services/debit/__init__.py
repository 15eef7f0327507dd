"""银行代扣: units' authorisations, batches sent to the bank, the bank's return files read back."""
