"""Record ids as both databases store them."""

#: The largest record id: PostgreSQL's `integer`, the id columns' type on a server. SQLite's go
#: up to 2**63 - 1, but a database must be able to move to a server (`db copy`), and a larger
#: id typed by a user is refused as out of range there, not sent to the server to fail.
LARGEST_ID = 2**31 - 1
