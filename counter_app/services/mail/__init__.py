"""Bills by email (电子账单): the estate's SMTP settings, the queue of bills to owners' addresses,
and its sending. The PDF of each bill is made by the caller's `render` (the notice and the
statement belong to other use cases), so this package imports none of them."""
