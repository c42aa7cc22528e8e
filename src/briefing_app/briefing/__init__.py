"""PDF briefings (DESIGN §4): shipped fonts with per-run glyph fallback, page furniture, and one
builder per briefing kind, each fed by service DTOs. Imports no Qt."""
