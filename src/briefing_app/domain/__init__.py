"""The data model and its rules. No Qt, no storage mechanics."""
