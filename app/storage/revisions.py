"""The schema revisions this version knows, oldest first. No imports: read at every start."""

# Every Alembic revision in order; tests check this against the migration scripts.
REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
)
HEAD = REVISIONS[-1]
