"""What the office's finance side takes from the counter once a day is closed: the day as an
accounting voucher (vouchers.py)."""
