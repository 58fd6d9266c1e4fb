"""The `assistdesk` subcommands, one module per area; each registers its parsers."""
