"""What an invitation tells a customer about their remote-support program: where to download it (the
maker's own page, never a mirror) and how to read out the ID and the one-time password."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.remote_tool import RemoteTool


@dataclass(frozen=True, slots=True)
class ToolGuide:
    download_url: str
    instructions: dict[str, str]  # by language


GUIDES: dict[RemoteTool, ToolGuide] = {
    RemoteTool.ANYDESK: ToolGuide(
        "https://anydesk.com/en/downloads",
        {
            "en": "Start AnyDesk. Read out the nine-digit number under “Your Address” (or “This "
                  "Desk”); when the technician connects, click “Accept”.",
            "pt": "Abra o AnyDesk. Diga-nos o número de nove algarismos em “O seu endereço” (ou "
                  "“Esta estação”); quando o técnico ligar, clique em “Aceitar”.",
            "nl": "Start AnyDesk. Lees het getal van negen cijfers onder “Uw adres” (of “Deze "
                  "werkplek”) voor; klik op “Accepteren” wanneer de technieker verbinding maakt.",
        },
    ),
    RemoteTool.IPERIUS: ToolGuide(
        "https://www.iperiusremote.com/",
        {
            "en": "Start Iperius Remote. Read out the ID and the password shown on the left of "
                  "its window; the password changes every session.",
            "pt": "Abra o Iperius Remote. Diga-nos o ID e a palavra-passe que aparecem à esquerda "
                  "da janela; a palavra-passe muda em cada sessão.",
            "nl": "Start Iperius Remote. Lees het ID en het wachtwoord links in het venster voor; "
                  "het wachtwoord is voor elke sessie nieuw.",
        },
    ),
    RemoteTool.RUSTDESK: ToolGuide(
        "https://rustdesk.com/",
        {
            "en": "Start RustDesk. Read out the ID and the one-time password shown under “Your "
                  "Desktop”.",
            "pt": "Abra o RustDesk. Diga-nos o ID e a palavra-passe de utilização única que "
                  "aparecem em “O seu ambiente de trabalho”.",
            "nl": "Start RustDesk. Lees het ID en het eenmalige wachtwoord onder “Uw bureaublad” "
                  "voor.",
        },
    ),
    RemoteTool.TEAMVIEWER: ToolGuide(
        "https://www.teamviewer.com/en/download/",
        {
            "en": "Start TeamViewer (QuickSupport is enough). Read out “Your ID” and the password "
                  "shown below it.",
            "pt": "Abra o TeamViewer (o QuickSupport basta). Diga-nos “O seu ID” e a palavra-passe "
                  "que aparece por baixo.",
            "nl": "Start TeamViewer (QuickSupport volstaat). Lees “Uw ID” en het wachtwoord "
                  "eronder voor.",
        },
    ),
    RemoteTool.ZOHO_ASSIST: ToolGuide(
        "https://join.zoho.com/",
        {
            "en": "Open the page, type the session key the technician reads out to you, and allow "
                  "the small program it offers to run. Nothing stays installed.",
            "pt": "Abra a página, escreva a chave de sessão que o técnico lhe disser e deixe "
                  "correr o pequeno programa que ela oferece. Nada fica instalado.",
            "nl": "Open de pagina, typ de sessiesleutel die de technieker u voorleest en laat het "
                  "kleine programma dat ze aanbiedt starten. Er blijft niets geïnstalleerd.",
        },
    ),
}  # fmt: skip


def guide(tool: RemoteTool) -> ToolGuide:
    return GUIDES[tool]
