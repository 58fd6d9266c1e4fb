"""The desktop GUI (PySide6 only). Views lay widgets out, controllers wire them to app.services.

Nothing here imports SQLAlchemy or app.storage at module level: the window is shown first and the
database is opened on a worker thread (see app.ui.shell.launch), so the app appears at once.
"""
