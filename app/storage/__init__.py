"""SQLAlchemy models, the engine factory, migrations and repositories. Knows core; never Qt."""
