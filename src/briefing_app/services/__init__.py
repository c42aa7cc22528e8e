"""Use cases shared by the GUI and the CLI. They take and return frozen DTOs, never ORM rows."""
