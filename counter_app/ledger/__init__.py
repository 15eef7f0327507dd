"""The ledger: the domain rules every use case shares, beneath them all: the clock and who is
acting, posting a numbered document, document numbers, the audit chain and the sealed state, the
ledger's keys and personal data. A use case (services/*) imports these, never another use case;
nothing here imports a use case."""
