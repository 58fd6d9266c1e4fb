"""The office's invoices window: issued invoices and drafts with their status and filters, a
customer's balance, "Create invoices for a period", the PDF preview, Print, Save as, payments and
credit notes. `open_invoices_window` (invoices_window.py) is the one way in."""
