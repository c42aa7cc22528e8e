"""Storage mechanics: engine, units of work, migrations, seed data, backups."""
