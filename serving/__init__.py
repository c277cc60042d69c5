"""Replywise serving: the API, the CLI, the case store and API-key auth."""
