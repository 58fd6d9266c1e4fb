"""Use cases the GUI and the CLI both call. Each public method is one transaction."""
