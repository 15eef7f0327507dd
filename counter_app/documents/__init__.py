"""Every printed paper, rendered with reportlab from layout templates kept in reports/."""
