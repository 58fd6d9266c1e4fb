"""Renderer version 1's words in English, Portuguese and Dutch and the locale of each, frozen with
it (app.documents.v1.renderer)."""

from __future__ import annotations

from app.core.invoice_document import DocumentKind

LOCALES = {"en": "en_GB", "pt": "pt_PT", "nl": "nl_NL"}

TITLES = {
    "en": {DocumentKind.INVOICE: "Invoice", DocumentKind.STATEMENT: "Service statement",
           DocumentKind.RECEIPT: "Receipt", DocumentKind.CREDIT_NOTE: "Credit note"},
    "pt": {DocumentKind.INVOICE: "Fatura", DocumentKind.STATEMENT: "Nota de serviços",
           DocumentKind.RECEIPT: "Recibo", DocumentKind.CREDIT_NOTE: "Nota de crédito"},
    "nl": {DocumentKind.INVOICE: "Factuur", DocumentKind.STATEMENT: "Dienstenoverzicht",
           DocumentKind.RECEIPT: "Ontvangstbewijs", DocumentKind.CREDIT_NOTE: "Creditnota"},
}  # fmt: skip

WORDS = {
    "en": {
        "number": "Number", "issued": "Date", "due": "Due date", "customer": "Customer",
        "vat_id": "VAT number", "description": "Description", "quantity": "Qty",
        "unit_price": "Unit price", "vat_percent": "VAT", "net": "Net", "rate": "VAT rate",
        "base": "Taxable amount", "vat": "VAT", "total": "Total", "subtotal": "Total excl. VAT",
        "exempt": "VAT exempt", "pay": "Please pay {amount} by {due} by bank transfer to",
        "reference": "Reference", "scan": "Scan with your banking app",
        "corrects": "Corrects invoice {number}", "received": "Received {amount} on {date} ({method}).",
        "statement": "This is a statement of services, not an invoice; the invoice is issued separately.",
        "session_log": "Session log", "accepted": "Accepted", "ended": "Ended",
        "duration": "Duration", "tool": "Tool", "remote_id": "Remote ID", "outcome": "Outcome",
        "evidence": "Tool's record", "page": "Page {page}", "terms": "Payment term",
    },
    "pt": {
        "number": "Número", "issued": "Data", "due": "Vencimento", "customer": "Cliente",
        "vat_id": "NIF", "description": "Descrição", "quantity": "Qtd.",
        "unit_price": "Preço unit.", "vat_percent": "IVA", "net": "Valor", "rate": "Taxa de IVA",
        "base": "Incidência", "vat": "IVA", "total": "Total", "subtotal": "Total sem IVA",
        "exempt": "Isento de IVA", "pay": "Pague {amount} até {due} por transferência para",
        "reference": "Referência", "scan": "Leia com a app do seu banco",
        "corrects": "Corrige a fatura {number}", "received": "Recebido {amount} em {date} ({method}).",
        "statement": "Este documento é uma nota de serviços, não uma fatura; a fatura é emitida à parte.",
        "session_log": "Registo das sessões", "accepted": "Aceite", "ended": "Fim",
        "duration": "Duração", "tool": "Ferramenta", "remote_id": "ID remoto", "outcome": "Resultado",
        "evidence": "Registo da ferramenta", "page": "Página {page}",
        "terms": "Prazo de pagamento",
    },
    "nl": {
        "number": "Nummer", "issued": "Datum", "due": "Vervaldatum", "customer": "Klant",
        "vat_id": "Btw-nummer", "description": "Omschrijving", "quantity": "Aantal",
        "unit_price": "Prijs", "vat_percent": "Btw", "net": "Bedrag", "rate": "Btw-tarief",
        "base": "Maatstaf", "vat": "Btw", "total": "Totaal", "subtotal": "Totaal excl. btw",
        "exempt": "Vrijgesteld van btw", "pay": "Gelieve {amount} te betalen vóór {due} op",
        "reference": "Mededeling", "scan": "Scan met uw bankapp",
        "corrects": "Corrigeert factuur {number}", "received": "Ontvangen {amount} op {date} ({method}).",
        "statement": "Dit is een dienstenoverzicht, geen factuur; de factuur volgt afzonderlijk.",
        "session_log": "Sessielogboek", "accepted": "Aanvaard", "ended": "Einde",
        "duration": "Duur", "tool": "Programma", "remote_id": "Afstands-ID", "outcome": "Resultaat",
        "evidence": "Logboek van het programma", "page": "Pagina {page}",
        "terms": "Betalingstermijn",
    },
}  # fmt: skip


OUTCOMES = {
    "en": {"resolved": "resolved", "unresolved": "unresolved", "cancelled": "cancelled"},
    "pt": {"resolved": "resolvido", "unresolved": "não resolvido", "cancelled": "cancelado"},
    "nl": {"resolved": "opgelost", "unresolved": "niet opgelost", "cancelled": "geannuleerd"},
}
