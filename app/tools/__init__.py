"""One adapter per remote-support program: find it, check its version and the remote ID, build the
launch as data and run it without a shell, follow its files for "accepted" and "ended", and read its
connection history. No Qt and no database here: app.core only."""
