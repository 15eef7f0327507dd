"""The consultation desk: catalogue, calculator, account statement, notices, consultation log."""
