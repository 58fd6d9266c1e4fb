"""Printed documents: invoices, receipts, credit notes and statements as PDF (reportlab)."""
